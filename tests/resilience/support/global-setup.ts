/** The resilience suite tests the production build: built once per run. */
import { buildApp } from "./app";

export default function setup(): void {
  buildApp();
}
