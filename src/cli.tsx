/**
 * Flags and dispatch only: every command lives in src/commands/, loaded when
 * it runs, so `--help`, `--version` and each command start with only the code
 * they need.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from './corpus/paths.js';
import { sanitize, sanitizeLine } from './corpus/sanitize.js';
import { DEFAULT_COUNT, type QuizOptions } from './commands/quiz-options.js';
import { EXIT, processIo, UserError, type Io } from './util/io.js';

function version(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('eternaut-quiz')
    .description('Turn a small multilingual set of news articles into a lesson.')
    .version(version(), '-v, --version')
    // Commander's errors repeat what was typed (an unknown option): no escape sequence in it may reach the terminal.
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(sanitize(s)) })
    .exitOverride();

  program
    .command('quiz', { isDefault: true })
    .description('the interactive lesson (the default): summaries in your language, a quiz, your results')
    .argument('[paths...]', 'article files or folders (default: the bundled corpus)')
    .option('--lang <code>', 'language of the lesson: en, de, nl, nb, es, fr (default: asked, preselected from the locale)')
    .option('--seed <n>', 'seed for the choice and order of questions and options (default: that of the question banks; saved with the results)')
    .option('--count <n>', `number of questions (default: ${DEFAULT_COUNT})`)
    .option('--articles <list>', 'use only these articles: numbers, ids or file names, comma-separated')
    .option('--name <name>', 'your name, saved with the results')
    .option('--results <dir>', 'folder for the results files (default: $XDG_DATA_HOME/eternaut-quiz/results, else ~/.local/share/eternaut-quiz/results)')
    .option('--no-summary', 'skip the summaries and start with the quiz')
    .action(async (paths: string[], opts: QuizOptions) => setExit(await (await import('./commands/quiz.js')).runQuiz(paths, opts, io)));

  program
    .command('facts')
    .description('list the facts each article states, with their evidence')
    .argument('[paths...]', 'article files or folders (default: the bundled corpus)')
    .option('--json', 'print JSON')
    .action(async (paths: string[], opts: { json?: boolean }) => setExit((await import('./commands/facts.js')).runFacts(paths, opts, io)));

  program
    .command('summary')
    .description("summarize each article in the reader's language")
    .argument('[paths...]', 'article files or folders (default: the bundled corpus)')
    .option('--lang <code>', 'language of the summaries: en, de, nl, nb, es, fr (default: from the locale, else en)')
    .option('--json', 'print JSON')
    .action(async (paths: string[], opts: { lang?: string; json?: boolean }) => setExit((await import('./commands/summary.js')).runSummary(paths, opts, io)));

  program
    .command('questions')
    .description('build the multiple-choice questions (a question bank)')
    .argument('[paths...]', 'article files or folders (default: the bundled corpus)')
    .option('--lang <code>', 'language of the questions (default: from the locale, else en)')
    .option('--seed <n>', 'seed for the choice and order of questions and options')
    .option('--count <n>', 'number of questions (default: all)')
    .option('--json', 'print the bank as JSON')
    .action(async (paths: string[], opts: { lang?: string; seed?: string; count?: string; json?: boolean }) =>
      setExit((await import('./commands/questions.js')).runQuestions(paths, opts, io)),
    );

  program
    .command('export')
    .description('export the questions for a classroom platform')
    .argument('[paths...]', 'article files or folders (default: the bundled corpus)')
    .requiredOption('--format <format>', 'gift, moodle-xml, qti, anki, csv or markdown')
    .option('--lang <code>', 'language of the questions (default: from the locale, else en)')
    .option('--seed <n>', 'seed for the choice and order of questions and options')
    .option('--count <n>', 'number of questions (default: all)')
    .option('--bank <file>', 'export this question bank (JSON) instead of building one')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (paths: string[], opts: { format: string; lang?: string; seed?: string; count?: string; bank?: string; output?: string }) =>
      setExit((await import('./commands/export.js')).runExport(paths, opts, io)),
    );

  program
    .command('grade')
    .description('grade a file of answers against a question bank')
    .requiredOption('--bank <file>', 'the question bank (JSON)')
    .requiredOption('--answers <file>', 'the answers (JSON)')
    .option('--name <name>', 'the name saved with the results')
    .option('--save <path>', 'save a results file (a file, or a folder for a generated name)')
    .option('--json', 'print JSON')
    .action(async (opts: { bank: string; answers: string; name?: string; save?: string; json?: boolean }) => setExit((await import('./commands/grade.js')).runGrade(opts, io)));

  program
    .command('report')
    .description('a class report from many results files')
    .argument('<paths...>', 'results files or folders of them')
    .option('--lang <code>', 'language of the report (default: from the locale, else en)')
    .option('--json', 'print JSON')
    .action(async (paths: string[], opts: { lang?: string; json?: boolean }) => setExit((await import('./commands/report.js')).runReport(paths, opts, io)));

  program
    .command('compare')
    .description('compare the articles: what each states, where they agree and differ')
    .argument('[paths...]', 'article files or folders (default: the bundled corpus)')
    .option('--lang <code>', 'language of the comparison (default: from the locale, else en)')
    .option('--json', 'print JSON')
    .action(async (paths: string[], opts: { lang?: string; json?: boolean }) => setExit((await import('./commands/compare.js')).runCompare(paths, opts, io)));

  return program;
}

/** Runs the CLI and returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof UserError) {
      io.stderr.write(`eternaut-quiz: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`eternaut-quiz: internal error: ${sanitizeLine(err instanceof Error ? err.message : String(err))}\n`);
    if (io.env.ETERNAUT_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return EXIT.internal;
  }
}
