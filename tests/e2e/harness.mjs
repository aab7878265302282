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
import { after, before } from "node:test";
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

/** For a test file: the static server and Chromium, started before its
 * tests and stopped after them. Returns `{ server, browser }`, filled in
 * once started. */
export function demoSession() {
  const session = {};
  before(async () => {
    session.server = await serve();
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    session.server?.stop();
  });
  return session;
}

/** A fresh tab on the demo page of a `demoSession()`, loaded and attached
 * (window.tmPage set); `page.errors` collects uncaught page errors.
 * `languages` stands in for the browser's (navigator.languages), when given. */
export async function openDemo({ server, browser }, languages) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (languages) {
    await page.addInitScript((langs) => {
      Object.defineProperty(navigator, "languages", { get: () => langs });
      Object.defineProperty(navigator, "language", { get: () => langs[0] });
    }, languages);
  }
  await page.goto(`${server.url}www/`);
  await page.waitForFunction(() => window.tmPage !== undefined);
  page.errors = errors;
  return page;
}

/** A full-page screenshot from the top (so the sticky side column is
 * beside the form's head), in SCREENSHOTS; returns its path. */
export async function shoot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const path = screenshotPath(name);
  await page.screenshot({ path, fullPage: true });
  return path;
}
