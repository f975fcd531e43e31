-- Needlepoint schema 3: clinic set-up and appointments.
-- One statement per ';' at the end of a line (see src/storage/Migrations.h).

-- The clinic set-up document (docs/clinic-format.md) as loaded by `clinic load`: one row, shared
-- by every workstation. The logo's bytes travel with it.
CREATE TABLE clinic_setup (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL,
    logo BLOB,
    logo_name TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Practitioners, rooms and devices follow the set-up file's codes; they are deactivated, never
-- deleted, since appointments keep pointing at them.
ALTER TABLE practitioners ADD COLUMN code TEXT;
CREATE UNIQUE INDEX practitioners_code ON practitioners (code);

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    serial TEXT NOT NULL DEFAULT '',
    home_room_id INTEGER REFERENCES rooms (id),
    active INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1
);

-- An appointment is a wall-clock time in the clinic's zone (local_start, YYYY-MM-DDTHH:MM): 10:00
-- stays 10:00 across a daylight-saving change. start_minute/end_minute are the instants derived
-- from it and the duration, as minutes since 1970-01-01T00:00Z, for the overlap checks.
-- An appointment holds its practitioner, room, device and patient from start to end (treatment
-- plus turnover); cancelled and no-show appointments hold nothing.
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    session_id INTEGER REFERENCES planned_sessions (id),
    practitioner_id INTEGER NOT NULL REFERENCES practitioners (id),
    room_id INTEGER NOT NULL REFERENCES rooms (id),
    device_id INTEGER REFERENCES devices (id),
    local_start TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    start_minute INTEGER NOT NULL,
    end_minute INTEGER NOT NULL,
    modality TEXT NOT NULL,
    areas TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'booked'
        CHECK (status IN ('booked', 'checked_in', 'completed', 'cancelled', 'no_show')),
    status_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (start_minute < end_minute AND end_minute - start_minute <= 720)
);
CREATE INDEX appointments_practitioner ON appointments (practitioner_id, start_minute);
CREATE INDEX appointments_room ON appointments (room_id, start_minute);
CREATE INDEX appointments_device ON appointments (device_id, start_minute);
CREATE INDEX appointments_patient ON appointments (patient_id, start_minute);
CREATE INDEX appointments_session ON appointments (session_id);
CREATE INDEX appointments_start ON appointments (start_minute);

-- No double booking, whatever writes the row: an appointment that holds its time may not overlap
-- another that does on the same practitioner, room, device or patient. The repository checks
-- first and names the clash; this is the database's own guarantee. No appointment is longer than
-- 12 hours, which bounds the index range searched. (The statement inside each trigger ends mid-line, so
-- that the migration splits at the trigger's own end.)
CREATE TRIGGER appointments_no_double_booking_insert BEFORE INSERT ON appointments
WHEN NEW.status IN ('booked', 'checked_in', 'completed')
BEGIN
    SELECT RAISE(ABORT, 'double booking') WHERE EXISTS (SELECT 1 FROM appointments a WHERE a.practitioner_id = NEW.practitioner_id
            AND a.start_minute > NEW.start_minute - 720 AND a.start_minute < NEW.end_minute
            AND a.end_minute > NEW.start_minute AND a.status IN ('booked', 'checked_in', 'completed'))
        OR EXISTS (SELECT 1 FROM appointments a WHERE a.room_id = NEW.room_id
            AND a.start_minute > NEW.start_minute - 720 AND a.start_minute < NEW.end_minute
            AND a.end_minute > NEW.start_minute AND a.status IN ('booked', 'checked_in', 'completed'))
        OR EXISTS (SELECT 1 FROM appointments a WHERE a.device_id = NEW.device_id
            AND a.start_minute > NEW.start_minute - 720 AND a.start_minute < NEW.end_minute
            AND a.end_minute > NEW.start_minute AND a.status IN ('booked', 'checked_in', 'completed'))
        OR EXISTS (SELECT 1 FROM appointments a WHERE a.patient_id = NEW.patient_id
            AND a.start_minute > NEW.start_minute - 720 AND a.start_minute < NEW.end_minute
            AND a.end_minute > NEW.start_minute AND a.status IN ('booked', 'checked_in', 'completed')); END;
CREATE TRIGGER appointments_no_double_booking_update BEFORE UPDATE OF start_minute, end_minute, status, practitioner_id, room_id, device_id, patient_id ON appointments
WHEN NEW.status IN ('booked', 'checked_in', 'completed')
BEGIN
    SELECT RAISE(ABORT, 'double booking') WHERE EXISTS (SELECT 1 FROM appointments a WHERE a.practitioner_id = NEW.practitioner_id AND a.id <> NEW.id
            AND a.start_minute > NEW.start_minute - 720 AND a.start_minute < NEW.end_minute
            AND a.end_minute > NEW.start_minute AND a.status IN ('booked', 'checked_in', 'completed'))
        OR EXISTS (SELECT 1 FROM appointments a WHERE a.room_id = NEW.room_id AND a.id <> NEW.id
            AND a.start_minute > NEW.start_minute - 720 AND a.start_minute < NEW.end_minute
            AND a.end_minute > NEW.start_minute AND a.status IN ('booked', 'checked_in', 'completed'))
        OR EXISTS (SELECT 1 FROM appointments a WHERE a.device_id = NEW.device_id AND a.id <> NEW.id
            AND a.start_minute > NEW.start_minute - 720 AND a.start_minute < NEW.end_minute
            AND a.end_minute > NEW.start_minute AND a.status IN ('booked', 'checked_in', 'completed'))
        OR EXISTS (SELECT 1 FROM appointments a WHERE a.patient_id = NEW.patient_id AND a.id <> NEW.id
            AND a.start_minute > NEW.start_minute - 720 AND a.start_minute < NEW.end_minute
            AND a.end_minute > NEW.start_minute AND a.status IN ('booked', 'checked_in', 'completed')); END;
