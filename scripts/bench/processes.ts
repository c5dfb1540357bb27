/**
 * Child processes for the bench: timed commands, and servers started in
 * their own process group so that stopping one stops exactly what it
 * started (next start forks a worker and renames itself), by PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Echo output lines to the terminal as they come (long builds). */
  echo?: boolean;
}

/** Runs a command to completion and measures its wall time. */
export function runTimed(command: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

/**
 * A project command as `npm run` starts it (`scripts/run.mjs`, which runs the
 * command bundled), in one process whose PID we hold. `command` is its path
 * under scripts/ without `.ts`, such as `ingest`.
 */
export function commandArgs(root: string, command: string, args: readonly string[]): string[] {
  return [path.join(root, 'scripts', 'run.mjs'), command, ...args];
}

export interface Server {
  pid: number;
  url: string;
  stop(): Promise<void>;
}

// Servers still running, so an interrupted bench can stop them on its way out.
const running = new Set<Server>();

/** Stops every server this process started and has not stopped yet. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
}

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.setTimeout(2_000, () => request.destroy(new Error('timeout')));
  });
}

/** Stops a process group we started: SIGTERM, then SIGKILL if it is still there after 5 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return; // Already gone.
  }
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Exited between the check and the kill.
    }
    await exited;
  }
}

/**
 * Starts a server and waits until `readyUrl` answers (any status below 500).
 * Output goes to the terminal prefixed by `name` only on failure, to keep the tables readable.
 */
export async function startServer(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; url: string; readyPath: string; env?: NodeJS.ProcessEnv },
): Promise<Server> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stopping -pid reaches the workers it forks and nothing else.
    detached: true,
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const server: Server = {
    pid,
    url: options.url,
    stop: async () => {
      running.delete(server);
      await stopGroup(child);
    },
  };
  running.add(server);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await get(options.url + options.readyPath)) < 500) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`${name} did not answer within 60 s:\n${output}`);
}
