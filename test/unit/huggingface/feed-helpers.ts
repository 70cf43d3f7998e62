import { resolve } from 'node:path';
import { REPO } from '../helpers';

/** The recorded answers of the Hugging Face API, beside the checkout as ../shared/hf-api. */
export const HF_API = resolve(REPO, '..', 'shared', 'hf-api');
