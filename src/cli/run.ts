// The CLI's entry point: runs the command line and sets the exit code.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
