import type { Catalog } from '../catalog.js';
import { common } from './common.js';
import { compare } from './compare.js';
import { problems } from './problems.js';
import { quiz } from './quiz.js';
import { summary } from './summary.js';
import { ui } from './ui.js';

export const nl: Catalog = { lang: 'nl', common, ui, summary, quiz, compare, problems };
