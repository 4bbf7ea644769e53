import { redirect } from "next/navigation";
import { getFirmContext } from "@/lib/auth/session";
import { getManagerContext } from "@/lib/portal/session";

/** The landing after login: consultants to their dashboard, client managers to the portal. */
export default async function Home() {
  if (await getFirmContext()) redirect("/dashboard");
  if (await getManagerContext()) redirect("/portal");
  redirect("/login");
}
