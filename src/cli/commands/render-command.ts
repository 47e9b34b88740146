// `ogsmith render`: one image from a template and parameters, or from an element tree in a JSON file.
import type { Command } from 'commander';
import type { RenderFlags } from '../render-one.js';
import { collectParam, positiveInteger } from './values.js';

export function renderCommand(program: Command): void {
  program
    .command('render')
    .description('render one image: a template with --param k=v, or an element tree from a JSON file')
    .argument('<input>', 'a template name (blog, profile, …) or a .json file holding { type, props } element tree')
    .option('-p, --param <key=value>', 'a template parameter (repeat the flag for more)', collectParam)
    .option('-o, --out <file>', 'output file, "-" for stdout (default <name>.<ext>)')
    .option('--width <px>', 'image width (default the template’s, else 1200)', positiveInteger('--width'))
    .option('--height <px>', 'image height (default the template’s, else 630)', positiveInteger('--height'))
    .option('--format <format>', 'png, jpeg, webp or avif (default from the --out extension, else png)')
    .option('--quality <1-100>', 'jpeg, webp and avif quality', positiveInteger('--quality'))
    .option('--templates <dir>', 'folder of .js/.mjs template modules, added to the built-ins')
    .addHelpText('after', '\nExamples:\n  ogsmith render blog -p title="Hello" -p author=Ada -o hello.png\n  ogsmith render card.json --format webp -o card.webp')
    .action(async (input: string, flags: RenderFlags) => {
      const { renderOne } = await import('../render-one.js');
      await renderOne(input, flags);
    });
}
