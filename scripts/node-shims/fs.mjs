// node:fs for the Node bundle, by process.getBuiltinModule (Node 20.16+): an ES module import of node:fs builds its facade, which reads every export, and the ReadStream/WriteStream getters load fs streams and node:stream (~5 ms of CPU at import on Node 20 and 24).
const fs = process.getBuiltinModule('node:fs');

// Each looks node:fs up at the call, so a function replaced on node:fs (a test's wrapper, a mock) is seen as through the facade after syncBuiltinESMExports().
export const accessSync = (...args) => fs.accessSync(...args);
export const closeSync = (...args) => fs.closeSync(...args);
export const existsSync = (...args) => fs.existsSync(...args);
export const fstatSync = (...args) => fs.fstatSync(...args);
export const mkdirSync = (...args) => fs.mkdirSync(...args);
export const mkdtempSync = (...args) => fs.mkdtempSync(...args);
export const openSync = (...args) => fs.openSync(...args);
export const readFileSync = (...args) => fs.readFileSync(...args);
export const readSync = (...args) => fs.readSync(...args);
export const readdirSync = (...args) => fs.readdirSync(...args);
export const realpathSync = (...args) => fs.realpathSync(...args);
export const renameSync = (...args) => fs.renameSync(...args);
export const rmSync = (...args) => fs.rmSync(...args);
export const statSync = (...args) => fs.statSync(...args);
export const unlinkSync = (...args) => fs.unlinkSync(...args);
export const watch = (...args) => fs.watch(...args);
export const writeFileSync = (...args) => fs.writeFileSync(...args);
export const constants = fs.constants;
