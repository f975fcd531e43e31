-- Representative rows for the schema-7 fixture (tests/data/db/schema-7.db), at least one in every
-- table. Built by scripts/make-fixture-db.sh 7. Schema 7 adds the front desk's calls about a
-- recall (recall_contacts); the other rows are those of schema-6.rows.sql. Never edit once
-- committed: the fixture stands for the databases clinics already have.

INSERT INTO practitioners (id, display_name, role, modalities, active, version, created_at, updated_at, code) VALUES
    (1, 'Dr. Ana Núñez', 'physician', 'automated_pen,rf_microneedling', 1, 2, '2025-01-10T09:00:00Z', '2025-03-01T12:30:00Z', 'ana'),
    (2, 'Li Wei', 'nurse', 'automated_pen', 0, 1, '2025-01-10T09:05:00Z', '2025-01-10T09:05:00Z', NULL);

INSERT INTO patients (id, family_name, given_names, preferred_name, birth_date, sex, phone, phone_digits, email,
                      address, preferred_language, fitzpatrick, notes, archived, version, created_at, updated_at,
                      town, region, postcode, country, external_ref) VALUES
    (1, 'García', 'José María', 'Pepe', '1985-03-02', 'M', '+34 (612) 345-678', '34612345678', 'jose.garcia@example.es',
     'Calle Mayor 1, 3º B', 'es', 3, 'Prefers mornings; "no" to photos', 0, 3, '2025-02-01T10:00:00Z', '2025-04-02T08:15:00Z',
     'Madrid', 'Madrid', '28013', 'España', 'HC-00417'),
    (2, 'O''Brien', 'Siobhán', '', '1992-11-30', 'F', '555-0102', '5550102', '', '', 'en', NULL, '', 0, 1,
     '2025-02-03T11:00:00Z', '2025-02-03T11:00:00Z', '', '', '', '', ''),
    (3, 'Müller-Lüdenscheidt', 'Jürgen', '', '1960-07-15', '', '', '', 'jm@example.de', 'Hauptstraße 5
Hinterhaus', 'de', 6,
     'Moved away', 1, 2, '2025-02-04T12:00:00Z', '2025-05-05T16:45:00Z', 'Köln', 'NRW', '50667', 'Deutschland', '77');

INSERT INTO patient_search (rowid, names, contact) VALUES
    (1, 'García José María Pepe', 'jose.garcia@example.es 34612345678 4612345678 612345678 12345678 2345678 345678 45678 5678'),
    (2, 'O''Brien OBrien Siobhán', '5550102 550102 50102 0102'),
    (3, 'Müller-Lüdenscheidt MüllerLüdenscheidt Jürgen', 'jm@example.de');

INSERT INTO findings (id, patient_id, finding_key, revision, code, areas, since, until, note, recorded_by, recorded_at,
                      superseded, version) VALUES
    (1, 1, 1, 1, 'isotretinoin', '', '2024-06-01', '2025-01-15', 'course ended', 'Dr. Ana Núñez', '2025-02-01T10:05:00Z', 1, 2),
    (2, 1, 1, 2, 'isotretinoin', '', '2024-06-01', '2025-02-15', 'last dose corrected by the GP letter', 'Dr. Ana Núñez',
     '2025-02-10T09:00:00Z', 0, 1),
    (3, 2, 3, 1, 'active_acne', 'cheeks,chin', '2025-01-20', NULL, '', 'Li Wei', '2025-02-03T11:10:00Z', 0, 1);

INSERT INTO series (id, patient_id, modality, indication, severity, areas, event_date, status, created_by, version,
                    created_at, updated_at, notes) VALUES
    (1, 1, 'automated_pen', 'acne_scars', 'moderate', 'cheeks,forehead', '2025-12-20', 'active', 'Dr. Ana Núñez', 2,
     '2025-08-20T10:00:00Z', '2025-09-17T10:00:00Z', 'Wedding on 20 Dec; "no downtime" week before'),
    (2, 2, 'rf_microneedling', 'skin_texture', 'mild', 'forehead', NULL, 'planned', 'Li Wei', 1,
     '2025-02-03T11:30:00Z', '2025-02-03T11:30:00Z', '');

INSERT INTO planned_sessions (id, series_id, number, planned_date, earliest, latest, status, version) VALUES
    (1, 1, 1, '2025-08-20', '2025-08-20', NULL, 'done', 2),
    (2, 1, 2, '2025-09-17', '2025-09-10', '2025-10-01', 'done', 2),
    (3, 1, 3, '2025-10-15', '2025-10-08', '2025-10-29', 'planned', 1),
    (4, 2, 1, '2025-03-03', '2025-03-03', NULL, 'planned', 1);

INSERT INTO screenings (id, patient_id, screened_on, answers, result, override_reason, override_by, override_at,
                        recorded_by, version, created_at, kind, series_id, updated_at) VALUES
    (1, 1, '2025-02-10', '{"isotretinoin":{"until":"2025-02-15"},"pregnant":false}', '{"status":"blocked","clears_on":"2025-08-14"}',
     NULL, NULL, NULL, 'Dr. Ana Núñez', 1, '2025-02-10T09:10:00Z', 'full', NULL, '2025-02-10T09:10:00Z'),
    (2, 2, '2025-02-03', '{"active_acne":{"areas":["cheeks","chin"]}}', '{"status":"review"}',
     'Mild, localised; treating forehead only', 'Dr. Ana Núñez', '2025-02-03T11:20:00Z', 'Li Wei', 2, '2025-02-03T11:15:00Z', 'full', 2, '2025-02-03T11:20:00Z'),
    (3, 1, '2025-09-17', '{"active_acne":false,"sunburn_or_tan":false,"pregnancy":false}', '{"status":"clear"}',
     NULL, NULL, NULL, 'Li Wei', 1, '2025-09-17T09:40:00Z', 'pre_session', 1, '2025-09-17T09:40:00Z');

INSERT INTO session_charts (id, session_id, charted_on, practitioner_id, device, device_serial, cartridge_lot,
                            cartridge_expiry, needle_count, depths, passes, numbing_agent, numbing_on, numbing_off,
                            endpoint, products, reaction, adverse_events, notes, version, created_at,
                            depth_reason, recorded_by, updated_at) VALUES
    (1, 1, '2025-08-20', 1, 'DermaPen 4', 'DP4-00917', 'LOT-2511A', '2026-11-30', 16,
     '{"cheeks":1.5,"forehead":0.5}', 3, 'lidocaine 23% / tetracaine 7%', '2025-08-20T09:00:00Z', '2025-08-20T09:30:00Z',
     'pinpoint bleeding', '[{"name":"hyaluronic serum","lot":"HS-7781"}]', 'erythema, expected', '', 'tolerated well', 1,
     '2025-08-20T10:15:00Z', '', 'Dr. Ana Núñez', '2025-08-20T10:15:00Z'),
    (2, 2, '2025-09-17', NULL, 'DermaPen 4', 'DP4-00917', 'LOT-2602C', NULL, NULL, '{}', NULL, '', NULL, NULL, '', '[]',
     '', 'small bruise left cheek', '', 2, '2025-09-17T10:20:00Z',
     'deep boxcar scars, clinician''s judgement', 'Li Wei', '2025-09-18T08:00:00Z');

INSERT INTO consents (id, patient_id, series_id, form_version, signed_at, witnessed_by, version, modality,
                      recorded_by, created_at, withdrawn_at, withdrawn_reason) VALUES
    (1, 1, 1, 'microneedling-2025.1', '2025-08-20T08:50:00Z', 'Li Wei', 1, 'automated_pen', 'Li Wei',
     '2025-08-20T08:51:00Z', NULL, ''),
    (2, 2, NULL, 'general-2024.3', '2025-02-03T11:00:00Z', '', 2, '', 'Li Wei', '2025-02-03T11:01:00Z',
     '2025-03-01T09:00:00Z', 'Patient asked to stop; "changed my mind"');

INSERT INTO audit_log (id, at, actor, table_name, record_id, action, before_json, after_json) VALUES
    (1, '2025-02-01T10:00:00Z', 'ana', 'patients', 1, 'insert', NULL, '{"family_name":"García"}'),
    (2, '2025-04-02T08:15:00Z', 'ana', 'patients', 1, 'update', '{"phone":""}', '{"phone":"+34 (612) 345-678"}'),
    (3, '2025-02-10T09:00:00Z', 'ana', 'findings', 2, 'correct', '{"until":"2025-01-15"}', '{"until":"2025-02-15"}');

INSERT INTO clinic_setup (id, document, logo, logo_name, version, updated_by, updated_at) VALUES
    (1, '{"format":1,"clinic":{"name":"Clínica O''Neill","phone":"+44 20 7946 0000","time_zone":"Europe/London"},"opening_hours":{"monday":["09:00-17:00"]},"rooms":[{"code":"room-1","name":"Room 1"}],"devices":[{"code":"pen-1","name":"SkinPen","kind":"automated_pen","serial":"SP-1","home_room":"room-1"}],"practitioners":[{"code":"ana","name":"Dr. Ana Núñez","role":"physician","modalities":["automated_pen"]}]}',
     X'89504E470D0A1A0A', 'logo.png', 2, 'ana', '2025-06-01T08:00:00Z');

INSERT INTO rooms (id, code, name, active, version) VALUES
    (1, 'room-1', 'Room 1', 1, 1),
    (2, 'room-old', 'Old room', 0, 2);

INSERT INTO devices (id, code, name, kind, serial, home_room_id, active, version) VALUES
    (1, 'pen-1', 'SkinPen', 'automated_pen', 'SP-1', 1, 1, 1),
    (2, 'pen-mobile', 'SkinPen (mobile)', 'automated_pen', '', NULL, 1, 1);

-- 10:00 London on both sides of the October 2025 change: 09:00Z (BST) and 10:00Z (GMT).
INSERT INTO appointments (id, patient_id, session_id, practitioner_id, room_id, device_id, local_start, time_zone,
                          start_minute, end_minute, modality, areas, status, status_reason, notes, created_by,
                          created_at, updated_at, version) VALUES
    (1, 1, 3, 1, 1, 1, '2025-10-15T10:00', 'Europe/London', 29341980, 29342045, 'automated_pen', 'cheeks,forehead',
     'completed', '', '', 'ana', '2025-09-17T10:30:00Z', '2025-10-15T11:10:00Z', 3),
    (2, 1, NULL, 1, 1, NULL, '2025-11-12T10:00', 'Europe/London', 29382360, 29382425, 'automated_pen', 'cheeks',
     'cancelled', 'Patient unwell; "will call back"', '', 'ana', '2025-10-15T11:15:00Z', '2025-11-10T09:00:00Z', 2),
    (3, 2, 4, 1, 2, 2, '2025-11-12T10:00', 'Europe/London', 29382360, 29382425, 'rf_microneedling', 'forehead',
     'booked', '', 'Prefers the window seat', 'ana', '2025-11-01T12:00:00Z', '2025-11-01T12:00:00Z', 1);

INSERT INTO documents_given (id, patient_id, kind, appointment_id, series_id, template, template_version, language,
                             given_at, given_by, output) VALUES
    (1, 1, 'post_care', 1, 1, 'post_care.es.html', '2026.1', 'es', '2025-10-15T11:05:00.000Z', 'Li Wei',
     'pdf:/home/recepción/post-care O''Neill.pdf'),
    (2, NULL, 'day_sheet', NULL, NULL, 'day_sheet.en.html', '2026.1', 'en', '2025-11-12T07:45:00.000Z', 'ana',
     'printer:Front desk');

-- Schema 7: the front desk's calls about a recall.
INSERT INTO recall_contacts (id, patient_id, recall, contacted_on, note, recorded_by, recorded_at) VALUES
    (1, 1, 'unbooked:series=1:session=2', '2025-11-20', 'Dejó mensaje; llamará', 'Li Wei', '2025-11-20T10:15:00.000Z'),
    (2, 1, 'results_review:series=1', '2025-12-01', '', 'ana', '2025-12-01T09:00:00.000Z');
