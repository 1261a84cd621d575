// Worker threads do not inherit the parent's `--import tsx` loader, so the TypeScript load worker is imported
// after registering tsx here (plain JavaScript, the one file in bench/ that must be).
import { register } from "tsx/esm/api";

register();
await import("./load-worker.ts");
