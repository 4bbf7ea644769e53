"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

const ITEMS = [
  { href: "/dashboard", key: "dashboard" },
  { href: "/clients", key: "clients" },
  { href: "/engagements", key: "engagements" },
  { href: "/outbox", key: "outbox" },
  { href: "/team", key: "team" },
  { href: "/model", key: "model" },
  { href: "/settings", key: "settings" },
  { href: "/account", key: "account" },
] as const;

/** Main navigation: a row on wide screens, a disclosure menu on phones. */
export function MainNav() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={t("label")} className="mx-auto max-w-6xl px-4">
      <button
        type="button"
        className="mb-2 rounded border border-slate-300 px-3 py-2 text-sm sm:hidden"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpen((v) => !v)}
      >
        {t("menu")}
      </button>
      <ul id="main-nav-list" className={`${open ? "flex" : "hidden"} flex-col gap-1 pb-2 sm:flex sm:flex-row sm:gap-4 sm:pb-0`}>
        {ITEMS.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                onClick={() => setOpen(false)}
                className={`block border-b-2 px-1 py-2 text-sm ${active ? "border-brand font-semibold text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
