/** A native <details> disclosure with a visible chevron; works without client JavaScript. */
export function Disclosure({ summary, children, className = "" }: { summary: string; children: React.ReactNode; className?: string }) {
  return (
    <details className={`group ${className}`}>
      <summary className="flex min-h-10 cursor-pointer list-none items-start gap-2 rounded py-2 font-semibold text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          fill="currentColor"
          className="mt-0.5 h-5 w-5 shrink-0 transition-transform group-open:rotate-90 motion-reduce:transition-none"
        >
          <path fillRule="evenodd" d="M7.2 4.2a1 1 0 0 1 1.4 0l5.1 5.1a1 1 0 0 1 0 1.4l-5.1 5.1a1 1 0 1 1-1.4-1.4L11.6 10 7.2 5.6a1 1 0 0 1 0-1.4Z" clipRule="evenodd" />
        </svg>
        <span>{summary}</span>
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
