import { FormAlert } from "./form-alert";
import type { FormState } from "./form-state";

export function FormStateAlert({ state }: { state: FormState }) {
  if (state.status === "idle") return null;
  return <FormAlert status={state.status} message={state.message} />;
}
