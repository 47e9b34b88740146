// Node entry side of the tw prop: loads twrnc's create() with require (its `twrnc/create` entry does not import react-native).
import { registerTwrncLoader, type TwrncCreate } from './layout/element/tailwind.js';
import { requireFromModule } from './runtime/module-file.js';

registerTwrncLoader(() => (requireFromModule('twrnc/create', import.meta.url) as { create: TwrncCreate }).create);
