// The CLI's entry point: runs the command line and sets the exit code.
import { main } from './main.ts';

// A reader that stops early (`casewatch export | head`) is no error: the command ends there, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
