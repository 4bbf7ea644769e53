"use client";

// The root layout itself failed, so no translations are available: both languages are shown.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>Er ging iets mis · Something went wrong</h1>
        <p>Probeer het opnieuw. Blijft het misgaan, neem dan contact op met je beheerder.</p>
        <p lang="en">Please try again. If it keeps happening, contact your administrator.</p>
        <button type="button" onClick={reset}>
          Opnieuw proberen · Try again
        </button>
      </body>
    </html>
  );
}
