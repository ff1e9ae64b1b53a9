/**
 * Ends a command-line entry point with `main`'s exit code; a failure prints its message (the
 * scripts' errors say what to do) and exits with 1.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? `Error: ${error.message}` : error);
      process.exit(1);
    },
  );
}
