import { pathToFileURL } from "node:url";
import { runAnswersBench } from "./answers-bench.js";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runAnswersBench().then(
    ({ ok }) => process.exit(ok ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
