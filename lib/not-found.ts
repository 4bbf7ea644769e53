import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";

/** For pages: a record that is missing or belongs to another firm renders the not-found page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
