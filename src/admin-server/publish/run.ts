// Runs the project's tools (git, npm, npx) as child processes and keeps the end of
// their output for editors' error messages, without ever going through a shell.
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  /** Combined stdout and stderr, at most the last `keepBytes` characters. */
  output: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Characters of output kept (the tail); default 64 KB. */
  keepBytes?: number;
  /** Written to the child's stdin, then closed. */
  input?: Buffer;
}

/** Run a command to completion; never rejects (a spawn error becomes code 127). */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const keep = options.keepBytes ?? 64 * 1024;
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.length > keep * 2) output = output.slice(-keep);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => resolve({ code: 127, output: `${output}${error.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output: output.slice(-keep) }));
    child.stdin.end(options.input);
  });
}
