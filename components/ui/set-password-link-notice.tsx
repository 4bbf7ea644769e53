import { CopyLink } from "./copy-link";
import { FormMessage } from "./form-message";

/** After inviting a person: what happened, and their one-time set-password link to copy. */
export function SetPasswordLinkNotice({ message, link, linkLabel, linkOnce }: { message: string; link: string; linkLabel: string; linkOnce: string }) {
  return (
    <div className="flex flex-col gap-3 rounded border border-green-200 bg-green-50 p-3">
      <FormMessage kind="success">{message}</FormMessage>
      <CopyLink link={link} label={linkLabel} />
      <p className="text-xs text-slate-600">{linkOnce}</p>
    </div>
  );
}
