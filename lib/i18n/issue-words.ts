/**
 * A zod issue in words a bank's admin can act on, in the UI language: where the bad value is (the
 * JSON path in words, from the caller's key dictionary) and what is wrong with it. The raw path
 * and zod's own message go to the "details" line for IT, never into the words.
 */
import type { z } from 'zod';
import { translate, type Lang } from './messages';

export type KeyWords = (key: string, lang: 'zh' | 'en') => string | undefined;

export interface IssueWords {
  where: string;
  what: string;
  /** The JSON path and zod's message as they are, for the details line. */
  detail: string;
}

const short = (lang: Lang) => (lang === 'zh_CN' ? 'zh' : 'en');
const quote = (name: string, lang: Lang) => (lang === 'zh_CN' ? `「${name}」` : `"${name}"`);

/** `['fields', 'amount', 'selector']` → 字段 › 「amount」 › 选择器; `[]` → 整个文件. */
export function pathWords(path: readonly PropertyKey[], lang: Lang, keyWords: KeyWords): string {
  if (path.length === 0) return translate(lang, 'words_path_root');
  return path
    .map((part) =>
      typeof part === 'number'
        ? translate(lang, 'words_path_item', part + 1)
        : (keyWords(String(part), short(lang)) ?? quote(String(part), lang)),
    )
    .join(' › ');
}

const TYPE_KEYS = {
  string: 'words_type_string',
  number: 'words_type_number',
  boolean: 'words_type_boolean',
  array: 'words_type_array',
  object: 'words_type_object',
} as const;

function typeWords(expected: string, lang: Lang): string {
  const key = (TYPE_KEYS as Record<string, (typeof TYPE_KEYS)[keyof typeof TYPE_KEYS]>)[expected];
  return translate(lang, key ?? 'words_type_other');
}

function sizeWords(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, lang: Lang): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  if (!big && issue.origin === 'string' && limit <= 1) return translate(lang, 'words_zod_empty');
  const unit =
    issue.origin === 'string'
      ? 'chars'
      : issue.origin === 'array' || issue.origin === 'set'
        ? 'items'
        : 'value';
  return translate(lang, `words_zod_${big ? 'max' : 'min'}_${unit}`, limit);
}

/** What is wrong, by zod's issue code (every code zod 4 can raise has its words). */
export function issueWhat(issue: z.core.$ZodIssue, lang: Lang, keyWords: KeyWords): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? translate(lang, 'words_zod_missing')
        : translate(lang, 'words_zod_type', typeWords(issue.expected, lang));
    case 'invalid_value':
      return issue.values.every((v) => typeof v === 'number')
        ? translate(lang, 'words_zod_value_one', issue.values.join(' / '))
        : translate(lang, 'words_zod_value_list');
    case 'too_big':
    case 'too_small':
      return sizeWords(issue, lang);
    case 'invalid_format':
      return translate(lang, issue.format === 'url' ? 'words_zod_url' : 'words_zod_format');
    case 'not_multiple_of':
      return translate(lang, 'words_zod_multiple', Number(issue.divisor));
    case 'unrecognized_keys':
      return translate(
        lang,
        'words_zod_unknown_keys',
        issue.keys
          .map((k) => keyWords(k, short(lang)) ?? quote(k, lang))
          .join(lang === 'zh_CN' ? '、' : ', '),
      );
    case 'invalid_union':
      return translate(lang, 'words_zod_union');
    case 'invalid_key':
    case 'invalid_element':
      return translate(lang, 'words_zod_element');
    case 'custom':
      return translate(lang, 'words_zod_custom');
  }
}

export function issueWords(issue: z.core.$ZodIssue, lang: Lang, keyWords: KeyWords): IssueWords {
  const rawPath = issue.path.map(String).join('.') || '(root)';
  return {
    where: pathWords(issue.path, lang, keyWords),
    what: issueWhat(issue, lang, keyWords),
    detail: `${rawPath}: ${issue.message}`,
  };
}

/** A file that is not JSON at all: nothing to point at but the whole file. */
export function jsonSyntaxWords(message: string, lang: Lang, keyWords: KeyWords): IssueWords {
  return {
    where: pathWords([], lang, keyWords),
    what: translate(lang, 'words_zod_json'),
    detail: `(root): ${message}`,
  };
}
