// `ogsmith bench`: latency per template and stage with budgets, or a running server with --http (src/bench, docs/bench.md).
import type { Command } from 'commander';

export function benchCommand(program: Command): void {
  program
    .command('bench')
    .description('measure your templates end to end and per stage (p50/p95/p99, per core, cold start); --budget p95=50ms fails CI; --http URL drives a running server')
    .helpOption(false)
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .argument('[options...]', 'see ogsmith bench --help')
    .action(async (_arguments: string[], _flags: unknown, command: Command) => {
      const { runBench } = await import('../../bench/index.js');
      process.exitCode = await runBench(command.args);
    });
}
