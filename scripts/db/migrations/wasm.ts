// Loading and running Prisma's schema engine compiled to WebAssembly.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaContainer, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationAdapterFactory } from "./adapter";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** The engine's Rust panics are reported here just before the WebAssembly instance traps. */
type PanicRegistry = { set_message: (message: string) => void; get: () => string | undefined };

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

/** No tables or enums are managed outside Prisma in this project (prisma.config.ts). */
export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let lastPanic: string | undefined;
// A panicked instance is left in an undefined state and wasm-bindgen glue cannot be re-initialised
// in the same process, so every later call must fail instead of running on corrupted memory.
let poisoned: string | undefined;
let modulePromise: Promise<EngineModule> | undefined;

function installPanicRegistry(): void {
  const existing = globalThis.PRISMA_WASM_PANIC_REGISTRY;
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message) => {
      lastPanic = message;
      existing?.set_message(message);
    },
    get: () => lastPanic ?? existing?.get(),
  };
}

async function instantiate(): Promise<EngineModule> {
  installPanicRegistry();
  // The package's entry point imports the .wasm file as an ES module, which Node does not support
  // without a flag; instantiating the binary ourselves and handing it to the JS glue is what the
  // entry point does in bundlers.
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const imports = { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports };
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

function loadEngineModule(): Promise<EngineModule> {
  modulePromise ??= instantiate().catch((error: unknown) => {
    modulePromise = undefined;
    throw error;
  });
  return modulePromise;
}

type ErrorRegistry = ReturnType<typeof bindMigrationAwareSqlAdapterFactory>["errorRegistry"];

/**
 * Engine errors carry a Rust span trace ("0: schema_engine_wasm::...") useless to users, and
 * errors thrown by the adapter come back as "External error id#N", the original being kept in
 * the adapter factory's registry.
 */
function cleanEngineError(error: unknown, registry: ErrorRegistry): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const externalId = /External error id#(\d+)/.exec(error.message)?.[1];
  const original = externalId === undefined ? undefined : registry.consumeError(Number(externalId))?.error;
  if (original instanceof Error) return original;
  let message = error.message.split(/\n\s*0: [a-z_]+::/)[0]?.trim() || error.message;
  // The failing migration is only named in the trace (e.g. a migration script's SQL error).
  const migration = /migration_name="([^"]+)"/.exec(error.message)?.[1];
  if (migration && !message.includes(migration)) message += `\n(while applying migration ${migration})`;
  const cleaned = new Error(message, { cause: error });
  cleaned.name = error.name === "Error" ? "SchemaEngineError" : error.name;
  return cleaned;
}

/**
 * Runs `operation` and turns an engine panic into a rejected promise. The trap surfaces as an
 * uncaught exception from a microtask (the call's own promise never settles), which would
 * otherwise kill the process with a bare "RuntimeError: unreachable".
 */
function guardAgainstPanics<T>(operation: () => Promise<T>, registry: ErrorRegistry): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const settle = () => process.off("uncaughtException", onUncaught);
    const onUncaught = (error: unknown) => {
      if (error instanceof WebAssembly.RuntimeError && lastPanic !== undefined) {
        poisoned = lastPanic;
        settle();
        reject(new Error(`Prisma schema engine panicked: ${lastPanic}`, { cause: error }));
        return;
      }
      // Not ours: restore Node's default behaviour (crash) unless someone else handles it.
      if (process.listenerCount("uncaughtException") === 1) {
        settle();
        setImmediate(() => {
          throw error;
        });
      }
    };
    process.on("uncaughtException", onUncaught);
    operation().then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(cleanEngineError(error, registry));
      },
    );
  });
}

/**
 * Starts an engine over `factory` for the given schema files, runs `operation` with it, then
 * frees the engine and closes every connection it opened (including shadow databases).
 */
export async function withSchemaEngine<T>(
  factory: MigrationAdapterFactory,
  schemaFiles: SchemaContainer[],
  operation: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  if (poisoned) {
    throw new Error(`Prisma schema engine panicked earlier in this process; restart it. (${poisoned})`);
  }
  const glue = await loadEngineModule();
  lastPanic = undefined;
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  try {
    const engine = await guardAgainstPanics(
      () =>
        glue.SchemaEngine.new(
          // Without any schema the engine falls back to the adapter's provider, which is all
          // applying or diagnosing migrations needs.
          { datamodels: schemaFiles.length > 0 ? schemaFiles.map((file) => [file.path, file.content]) : undefined },
          // The engine streams JSON log lines (INFO "Starting schema-engine-wasm", ...); errors
          // are reported through rejected promises, so the logs add nothing for callers.
          () => {},
          bound,
        ),
      bound.errorRegistry,
    );
    try {
      return await guardAgainstPanics(() => operation(engine), bound.errorRegistry);
    } finally {
      if (!poisoned) engine.free();
    }
  } finally {
    await factory.disposeAll();
  }
}
