import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO } from '../helpers';

/** The recorded answers of the Hugging Face API, beside the checkout as ../shared/hf-api. */
export const HF_API = process.env.DAILY_PAPERS_HF_API ?? resolve(REPO, '..', 'shared', 'hf-api');
export const HAS_HF_API = existsSync(resolve(HF_API, '2024-03-25.json'));

if (!HAS_HF_API) console.warn(`Hugging Face feed tests skipped: ${HF_API} not found (it sits beside the checkout as ../shared/hf-api)`);
