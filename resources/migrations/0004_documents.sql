-- Needlepoint schema 4: the documents given out (issue 5, printing).
-- One statement per ';' at the end of a line (see src/storage/Migrations.h).

-- One row per document printed or saved: what was given, from which template version, in which
-- language, when (UTC) and by whom, and where it went ("pdf:/path" or "printer:NAME"). Patient
-- documents name their patient; the day sheet and the recall list concern many patients and name
-- none. Rows are never changed or deleted: the log is a record of what happened.
CREATE TABLE documents_given (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER REFERENCES patients (id),
    kind TEXT NOT NULL
        CHECK (kind IN ('post_care', 'pre_care', 'consent', 'appointment_card', 'day_sheet', 'recall_list')),
    appointment_id INTEGER REFERENCES appointments (id),
    series_id INTEGER REFERENCES series (id),
    template TEXT NOT NULL,
    template_version TEXT NOT NULL,
    language TEXT NOT NULL,
    given_at TEXT NOT NULL,
    given_by TEXT NOT NULL,
    output TEXT NOT NULL,
    CHECK ((patient_id IS NULL) = (kind IN ('day_sheet', 'recall_list')))
);
CREATE INDEX documents_given_patient ON documents_given (patient_id, given_at);
