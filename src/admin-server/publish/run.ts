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
  /** Stop the command (and everything it started) after this long. */
  timeoutMs?: number;
}

export interface Running {
  done: Promise<RunResult>;
  /** Stop the command and every process it started; resolves once it has exited. */
  stop(): Promise<RunResult>;
}

/** Start a command in its own process group; `done` never rejects (a spawn error becomes code 127). */
export function start(command: string, args: string[], options: RunOptions): Running {
  const keep = options.keepBytes ?? 64 * 1024;
  let output = '';
  // Its own process group, so stopping npx also stops the node process it started.
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > keep * 2) output = output.slice(-keep);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const kill = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const timer = options.timeoutMs ? setTimeout(kill, options.timeoutMs) : undefined;
  timer?.unref();
  const done = new Promise<RunResult>((resolve) => {
    child.on('error', (error) => resolve({ code: 127, output: `${output}${error.message}` }));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), output: output.slice(-keep) });
    });
  });
  const groupAlive = () => {
    try {
      if (child.pid) process.kill(-child.pid, 0);
      return Boolean(child.pid);
    } catch {
      return false;
    }
  };
  return {
    done,
    stop: async () => {
      kill();
      const result = await done;
      // npx is gone; wait for what it started too, so nothing writes after the caller cleans up.
      for (let waited = 0; groupAlive(); waited += 20) {
        if (waited === 5000 && child.pid) process.kill(-child.pid, 'SIGKILL');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return result;
    },
  };
}

/** Run a command to completion. */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return start(command, args, options).done;
}
