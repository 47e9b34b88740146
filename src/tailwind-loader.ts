// Node entry side of the tw prop: loads twrnc's create() with require (its `twrnc/create` entry does not import react-native).
import { createRequire } from 'node:module';
import { registerTwrncLoader, type TwrncCreate } from './layout/element/tailwind.js';

registerTwrncLoader(() => (createRequire(import.meta.url)('twrnc/create') as { create: TwrncCreate }).create);
