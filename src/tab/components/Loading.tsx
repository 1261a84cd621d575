import { Spinner } from "@fluentui/react-components";
import { useI18n } from "../i18n/strings.js";

export function Loading() {
  const { s } = useI18n();
  return <Spinner size="small" label={s.loading} />;
}
