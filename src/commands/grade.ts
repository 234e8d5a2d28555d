/** `eternaut-quiz grade`: grades an answers file against a bank; optionally saves a results file for the class report. */
import fs from 'node:fs';
import { safeJson, sanitizeLine } from '../corpus/sanitize.js';
import { readAnswers } from '../quiz/answers.js';
import { readBank } from '../quiz/bank.js';
import { grade } from '../quiz/grade.js';
import { renderGrade } from '../quiz/render.js';
import { buildResults, writeResults, writeResultsIn } from '../quiz/results.js';
import { EXIT, UserError, type Io } from '../util/io.js';

export interface GradeOptions {
  bank?: string;
  answers?: string;
  json?: boolean;
  /** The name for the results file (else the answers file's "name"). */
  name?: string;
  /** Save a results file here (a file, or a folder to put it in under a generated name). */
  save?: string;
}

export function runGrade(options: GradeOptions, io: Io, now: () => Date = () => new Date()): number {
  if (options.bank === undefined || options.answers === undefined) throw new UserError('grade needs --bank FILE and --answers FILE', EXIT.usage);
  const bank = readBank(options.bank);
  const { name, answers } = readAnswers(options.answers, bank);
  const g = grade(bank.questions, answers);
  io.stdout.write(options.json ? safeJson(g) + '\n' : renderGrade(g, bank.language));
  if (options.save !== undefined) {
    const who = options.name ?? name;
    const results = buildResults(bank.questions, answers, { ...(who === undefined ? {} : { name: who }), time: now(), language: bank.language, seed: bank.seed });
    const isDir = fs.existsSync(options.save) && fs.statSync(options.save).isDirectory();
    let file = options.save;
    // Never over an existing results file: a folder gets a free name, a file named must be new.
    if (isDir) file = writeResultsIn(options.save, results);
    else writeResults(file, results);
    io.stderr.write(`eternaut-quiz: results saved to ${sanitizeLine(file)}\n`);
  }
  return EXIT.ok;
}
