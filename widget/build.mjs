// Builds the chat widget into bot/web/static/widget/ (committed, so `make run` needs no npm).
//
//   npm ci && npm run build     rebuild after changing src/, package.json or the lock file
//   npm run check               exit 1 when the committed build does not match the sources
//
// No bundler: socket.io-client's own minified browser build is wrapped together with our source in
// one function scope, so the page gets one script and no global `io` that could clash with the site's.
// build.json records the SHA-256 of every input and output; tests/web checks it without Node.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const WIDGET_DIR = dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = join(WIDGET_DIR, "..");
const OUT_DIR = join(PROJECT_ROOT, "bot", "web", "static", "widget");
const SOCKET_IO_DIR = join(WIDGET_DIR, "node_modules", "socket.io-client");

// Inputs are hashed in this order; tests/web/test_widget_build.py reads the same list from build.json.
const INPUTS = ["src/steunwijzer.js", "src/steunwijzer.css", "build.mjs", "package.json", "package-lock.json"];

const sha256 = (text) => createHash("sha256").update(text).digest("hex");
const read = (path) => readFileSync(path, "utf8");

function socketIoClient() {
  const version = JSON.parse(read(join(SOCKET_IO_DIR, "package.json"))).version;
  const pinned = JSON.parse(read(join(WIDGET_DIR, "package.json"))).dependencies["socket.io-client"];
  if (version !== pinned) {
    throw new Error(`node_modules has socket.io-client ${version}, package.json pins ${pinned}: run npm ci`);
  }
  // The map file is not shipped, so the comment pointing at it goes.
  const code = read(join(SOCKET_IO_DIR, "dist", "socket.io.min.js")).replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
  return { version, code };
}

function buildOutputs() {
  const css = read(join(WIDGET_DIR, "src", "steunwijzer.css"));
  const cssVersion = sha256(css).slice(0, 12);
  const widget = read(join(WIDGET_DIR, "src", "steunwijzer.js"));
  const socketIo = socketIoClient();
  const js = [
    "/*! Steunwijzer chat widget. Built by widget/build.mjs from widget/src: edit those, not this file. */",
    "(function () {",
    // socket.io-client's UMD wrapper sees a CommonJS module here and stays out of the global scope.
    "var module = { exports: {} }; var exports = module.exports;",
    socketIo.code.trimEnd(),
    widget.trimEnd(),
    `startSteunwijzer(module.exports, ${JSON.stringify(cssVersion)});`,
    "})();",
    "",
  ].join("\n");
  return { socketIoVersion: socketIo.version, files: { "steunwijzer.js": js, "steunwijzer.css": css } };
}

function manifest(outputs) {
  const inputs = Object.fromEntries(INPUTS.map((path) => [path, sha256(read(join(WIDGET_DIR, path)))]));
  const files = Object.fromEntries(Object.entries(outputs.files).map(([name, text]) => [name, sha256(text)]));
  return { "socket.io-client": outputs.socketIoVersion, inputs, outputs: files };
}

function main() {
  const outputs = buildOutputs();
  const expected = JSON.stringify(manifest(outputs), null, 2) + "\n";
  const manifestPath = join(OUT_DIR, "build.json");
  if (process.argv.includes("--check")) {
    const stale = [["build.json", expected], ...Object.entries(outputs.files)].filter(([name, text]) => {
      try {
        return read(join(OUT_DIR, name)) !== text;
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(`Out of date in ${relative(PROJECT_ROOT, OUT_DIR)}: ${stale.map(([n]) => n).join(", ")}. Run npm run build.`);
      process.exit(1);
    }
    console.log("Widget build is up to date.");
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, text] of Object.entries(outputs.files)) {
    writeFileSync(join(OUT_DIR, name), text);
  }
  writeFileSync(manifestPath, expected);
  console.log(`Built ${Object.keys(outputs.files).join(", ")} into ${relative(PROJECT_ROOT, OUT_DIR)}/`);
}

main();
