// Shared by the e2e tests: a static server of the repository root on a free
// port (scripts/serve.py, port 0) and headless Debian Chromium through
// playwright-core.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SCREENSHOTS = join(ROOT, "tests", "e2e", "screenshots");

const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
  "--disable-background-networking", "--no-first-run",
  "--disable-component-update", "--disable-sync",
];

/** Starts scripts/serve.py on a free port; resolves to { url, stop }. */
export function serve() {
  return new Promise((resolve, reject) => {
    const server = spawn("python3", ["scripts/serve.py", "--port", "0", "--quiet"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    server.once("error", reject);
    server.once("exit", (code) => reject(new Error(`serve.py exited (${code})`)));
    createInterface({ input: server.stdout }).once("line", (line) => {
      const match = /^serving (http:\/\/\S+)/.exec(line);
      if (!match) return reject(new Error(`serve.py said: ${line}`));
      resolve({ url: match[1], stop: () => server.kill() });
    });
  });
}

/** Launches Chromium with a fresh profile; resolves to { browser, close }. */
export async function launch() {
  const profile = await mkdtemp(join(tmpdir(), "tm-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ARGS,
    viewport: { width: 1400, height: 1000 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The path of a screenshot, its folder made. */
export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}
