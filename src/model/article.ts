/** The article compiled at build time by the content plugin, with its type. */
import data from 'virtual:dokhae/article';
import type { Article } from './model';

export const article = data as Article;
