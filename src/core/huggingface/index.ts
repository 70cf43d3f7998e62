export { DEFAULT_ENDPOINT, DEFAULT_TIMEOUT_SECONDS, FeedError, dailyPapersUrl, fetchFeedDay, readAnswer, type FeedErrorKind, type FetchDayOptions } from './client';
export { mergeDay, voteEdits, type DayMerge, type VoteRefresh } from './merge';
export type { FeedPaper } from './paper';
export { readFeedDay, type FeedDay } from './read-answer';
export { DEFAULT_SUMMARY_TEMPLATE, byVotes, escapeMarkdown, renderDaySection, renderEntry, type RenderOptions } from './render';
