/** The model version new engagements pin. Kept in its own file so the database layer need not load the texts. */
export const CURRENT_MODEL_VERSION = "2026.2";
