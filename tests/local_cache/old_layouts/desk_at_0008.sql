-- A desk store as the shared chain left it at heads 0007 + 0008, before the desk's
-- own tables (outbox, sync state, search indexes) had their own chain: schema and
-- version rows of `alembic upgrade heads` at commit ad58b86. History: never regenerate.
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL,
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE applied_command (
	command_id VARCHAR(36) NOT NULL,
	name VARCHAR(60) NOT NULL,
	version INTEGER NOT NULL,
	result_json TEXT NOT NULL,
	applied_at VARCHAR(32) NOT NULL,
	PRIMARY KEY (command_id)
);
CREATE TABLE citizen (
	pk INTEGER NOT NULL,
	id VARCHAR(36) NOT NULL,
	cpr VARCHAR(10) NOT NULL,
	given_name VARCHAR(100) NOT NULL,
	family_name VARCHAR(100) NOT NULL,
	name_folded VARCHAR(220) NOT NULL,
	support_basis VARCHAR(40) NOT NULL,
	a_kasse VARCHAR(100) NOT NULL,
	phone VARCHAR(20) NOT NULL,
	email VARCHAR(120) NOT NULL,
	created_at VARCHAR(32) NOT NULL,
	updated_at VARCHAR(32) NOT NULL,
	PRIMARY KEY (pk),
	UNIQUE (cpr),
	UNIQUE (id)
);
CREATE INDEX ix_citizen_name_folded ON citizen (name_folded);
CREATE TABLE outbox (
	seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	command_id VARCHAR(36) NOT NULL,
	name VARCHAR(60) NOT NULL,
	version INTEGER NOT NULL,
	envelope_json TEXT NOT NULL,
	created_at VARCHAR(32) NOT NULL,
	state VARCHAR(12) NOT NULL,
	UNIQUE (command_id)
);
CREATE INDEX ix_outbox_state ON outbox (state);
CREATE TABLE service (
	code VARCHAR(40) NOT NULL,
	letter VARCHAR(2) NOT NULL,
	name_da VARCHAR(100) NOT NULL,
	name_en VARCHAR(100) NOT NULL,
	sort_order INTEGER NOT NULL,
	PRIMARY KEY (code)
);
CREATE TABLE setting (
	"key" VARCHAR(60) NOT NULL,
	value TEXT NOT NULL,
	PRIMARY KEY ("key")
);
CREATE TABLE site (
	code VARCHAR(8) NOT NULL,
	name VARCHAR(100) NOT NULL,
	specialist_function VARCHAR(100) NOT NULL,
	trade_area VARCHAR(100) NOT NULL,
	PRIMARY KEY (code)
);
CREATE TABLE support_basis (
	code VARCHAR(40) NOT NULL,
	label_da VARCHAR(100) NOT NULL,
	label_en VARCHAR(100) NOT NULL,
	valid_from DATE,
	valid_to DATE,
	PRIMARY KEY (code)
);
CREATE TABLE counter (
	site_code VARCHAR(8) NOT NULL,
	number INTEGER NOT NULL,
	name VARCHAR(100) NOT NULL,
	PRIMARY KEY (site_code, number),
	FOREIGN KEY(site_code) REFERENCES site (code)
);
CREATE TABLE staff (
	id VARCHAR(40) NOT NULL,
	initials VARCHAR(10) NOT NULL,
	name VARCHAR(100) NOT NULL,
	role VARCHAR(20) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(site_code) REFERENCES site (code)
);
CREATE TABLE visit (
	id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	service_code VARCHAR(40) NOT NULL,
	started_at VARCHAR(32) NOT NULL,
	workstation_id VARCHAR(36) NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	note TEXT NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id),
	FOREIGN KEY(service_code) REFERENCES service (code),
	FOREIGN KEY(site_code) REFERENCES site (code)
);
CREATE INDEX ix_visit_citizen_started ON visit (citizen_id, started_at);
CREATE TABLE ticket (
	id VARCHAR(36) NOT NULL,
	visit_id VARCHAR(36) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	service_code VARCHAR(40) NOT NULL,
	service_day DATE NOT NULL,
	series INTEGER NOT NULL,
	sequence INTEGER NOT NULL,
	number VARCHAR(12) NOT NULL,
	issued_at VARCHAR(32) NOT NULL,
	workstation_id VARCHAR(36) NOT NULL,
	status VARCHAR(20) NOT NULL, queued_at VARCHAR(32), counter_number INTEGER, called_at VARCHAR(32), called_by VARCHAR(40), recall_count INTEGER DEFAULT '0' NOT NULL, serving_at VARCHAR(32), finished_at VARCHAR(32), target_counter INTEGER, target_staff VARCHAR(40), first_called_at VARCHAR(32),
	PRIMARY KEY (id),
	FOREIGN KEY(service_code) REFERENCES service (code),
	FOREIGN KEY(site_code) REFERENCES site (code),
	FOREIGN KEY(visit_id) REFERENCES visit (id),
	CONSTRAINT uq_ticket_number_per_day UNIQUE (site_code, service_day, number)
);
CREATE INDEX ix_ticket_series ON ticket (site_code, service_day, series, sequence);
CREATE VIRTUAL TABLE citizen_words USING fts5(name_folded, content='citizen', content_rowid='pk', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8 9 10 11 12');
CREATE VIRTUAL TABLE citizen_fts USING fts5(name_folded, content='citizen', content_rowid='pk', tokenize='trigram');
CREATE TRIGGER citizen_fts_insert AFTER INSERT ON citizen BEGIN INSERT INTO citizen_words(rowid, name_folded) VALUES (new.pk, new.name_folded); INSERT INTO citizen_fts(rowid, name_folded) VALUES (new.pk, new.name_folded); END;
CREATE TRIGGER citizen_fts_delete AFTER DELETE ON citizen BEGIN INSERT INTO citizen_words(citizen_words, rowid, name_folded) VALUES ('delete', old.pk, old.name_folded); INSERT INTO citizen_fts(citizen_fts, rowid, name_folded) VALUES ('delete', old.pk, old.name_folded); END;
CREATE TRIGGER citizen_fts_update AFTER UPDATE OF name_folded ON citizen BEGIN INSERT INTO citizen_words(citizen_words, rowid, name_folded) VALUES ('delete', old.pk, old.name_folded); INSERT INTO citizen_fts(citizen_fts, rowid, name_folded) VALUES ('delete', old.pk, old.name_folded); INSERT INTO citizen_words(rowid, name_folded) VALUES (new.pk, new.name_folded); INSERT INTO citizen_fts(rowid, name_folded) VALUES (new.pk, new.name_folded); END;
CREATE TABLE sync_state (
	"key" VARCHAR(60) NOT NULL,
	value TEXT NOT NULL,
	PRIMARY KEY ("key")
);
CREATE TABLE sync_cursor (
	stream VARCHAR(40) NOT NULL,
	seq INTEGER NOT NULL,
	PRIMARY KEY (stream)
);
CREATE TABLE sync_pending (
	seq INTEGER NOT NULL,
	hlc VARCHAR(40) NOT NULL,
	undo_json TEXT NOT NULL,
	PRIMARY KEY (seq)
);
CREATE TABLE sync_outcome (
	seq INTEGER NOT NULL,
	command_id VARCHAR(36) NOT NULL,
	name VARCHAR(60) NOT NULL,
	status VARCHAR(12) NOT NULL,
	message TEXT NOT NULL,
	field VARCHAR(60),
	decided_at VARCHAR(32) NOT NULL,
	acknowledged BOOLEAN NOT NULL,
	PRIMARY KEY (seq)
);
CREATE INDEX ix_ticket_queue ON ticket (site_code, service_day, status);
CREATE TABLE staff_credential (
	staff_id VARCHAR(40) NOT NULL,
	secret_hash VARCHAR(200) NOT NULL,
	failed_count INTEGER NOT NULL,
	locked_until VARCHAR(32),
	changed_at VARCHAR(32),
	PRIMARY KEY (staff_id)
);
CREATE TABLE audit_entry (
	id VARCHAR(36) NOT NULL,
	workstation_id VARCHAR(36) NOT NULL,
	seq INTEGER NOT NULL,
	at VARCHAR(32) NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	action VARCHAR(40) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	purpose VARCHAR(200) NOT NULL,
	detail TEXT NOT NULL,
	prev_hash VARCHAR(64) NOT NULL,
	hash VARCHAR(64) NOT NULL,
	link_note VARCHAR(200) NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uq_audit_entry_chain UNIQUE (workstation_id, seq)
);
CREATE INDEX ix_audit_entry_at ON audit_entry (at);
CREATE INDEX ix_audit_entry_citizen ON audit_entry (citizen_id, at);
CREATE INDEX ix_audit_entry_staff ON audit_entry (staff_id, at);
CREATE TABLE audit_anchor (
	workstation_id VARCHAR(36) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	seq INTEGER NOT NULL,
	hash VARCHAR(64) NOT NULL,
	purged_before VARCHAR(32) NOT NULL,
	PRIMARY KEY (workstation_id)
);
CREATE TABLE counter_service (
	site_code VARCHAR(8) NOT NULL,
	service_day DATE NOT NULL,
	counter_number INTEGER NOT NULL,
	service_code VARCHAR(40) NOT NULL,
	is_open BOOLEAN NOT NULL,
	changed_at VARCHAR(32) NOT NULL,
	changed_by VARCHAR(40) NOT NULL,
	PRIMARY KEY (site_code, service_day, counter_number, service_code)
);
CREATE TABLE categorisation_scheme (
	code VARCHAR(40) NOT NULL,
	version INTEGER NOT NULL,
	label_da VARCHAR(200) NOT NULL,
	valid_from DATE NOT NULL,
	valid_to DATE,
	body_json TEXT NOT NULL,
	source VARCHAR(12) NOT NULL,
	PRIMARY KEY (code, version)
);
CREATE TABLE referral_target (
	code VARCHAR(40) NOT NULL,
	sort_order INTEGER NOT NULL,
	body_json TEXT NOT NULL,
	PRIMARY KEY (code)
);
CREATE TABLE visitation_rule (
	"key" VARCHAR(60) NOT NULL,
	value_json TEXT NOT NULL,
	PRIMARY KEY ("key")
);
CREATE TABLE anchor (
	citizen_id VARCHAR(36) NOT NULL,
	target VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	since VARCHAR(32) NOT NULL,
	referral_id VARCHAR(36),
	PRIMARY KEY (citizen_id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id)
);
CREATE TABLE categorisation_decision (
	id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	visitation_id VARCHAR(36) NOT NULL,
	scheme_code VARCHAR(40) NOT NULL,
	scheme_version INTEGER NOT NULL,
	answers_json TEXT NOT NULL,
	category VARCHAR(40) NOT NULL,
	category_label VARCHAR(200) NOT NULL,
	suggested_category VARCHAR(40),
	reason TEXT NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	decided_at VARCHAR(32) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_decision_citizen ON categorisation_decision (citizen_id, decided_at);
CREATE TABLE follow_up (
	id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	kind VARCHAR(20) NOT NULL,
	due DATE NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	created_at VARCHAR(32) NOT NULL,
	source_id VARCHAR(36) NOT NULL,
	status VARCHAR(12) NOT NULL,
	audience VARCHAR(20) NOT NULL,
	note TEXT NOT NULL,
	outcome VARCHAR(40) NOT NULL,
	outcome_reason TEXT NOT NULL,
	closed_at VARCHAR(32),
	closed_by VARCHAR(40) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_follow_up_citizen ON follow_up (citizen_id, status);
CREATE INDEX ix_follow_up_site_open ON follow_up (site_code, status, due);
CREATE TABLE group_session (
	id VARCHAR(36) NOT NULL,
	kind VARCHAR(20) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	room VARCHAR(100) NOT NULL,
	starts_at VARCHAR(32) NOT NULL,
	capacity INTEGER NOT NULL,
	seats_taken INTEGER NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(site_code) REFERENCES site (code)
);
CREATE INDEX ix_group_session_kind_start ON group_session (kind, starts_at);
CREATE TABLE orientation (
	visitation_id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	scheme_code VARCHAR(40) NOT NULL,
	scheme_version INTEGER NOT NULL,
	items_json TEXT NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	recorded_at VARCHAR(32) NOT NULL,
	PRIMARY KEY (visitation_id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_orientation_citizen_id ON orientation (citizen_id);
CREATE TABLE referral (
	id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	from_target VARCHAR(40) NOT NULL,
	from_site VARCHAR(8) NOT NULL,
	to_target VARCHAR(40) NOT NULL,
	to_site VARCHAR(8) NOT NULL,
	anchor_moved BOOLEAN NOT NULL,
	referred_at VARCHAR(32) NOT NULL,
	day DATE NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	note TEXT NOT NULL,
	approved_by VARCHAR(40) NOT NULL,
	approval_reason TEXT NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_referral_citizen_day ON referral (citizen_id, day);
CREATE TABLE referral_approval_request (
	id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	to_target VARCHAR(40) NOT NULL,
	to_site VARCHAR(8) NOT NULL,
	move_anchor BOOLEAN NOT NULL,
	note TEXT NOT NULL,
	reason TEXT NOT NULL,
	requested_by VARCHAR(40) NOT NULL,
	requested_at VARCHAR(32) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	status VARCHAR(12) NOT NULL,
	decided_by VARCHAR(40) NOT NULL,
	decision_reason TEXT NOT NULL,
	referral_id VARCHAR(36) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_referral_approval_request_status ON referral_approval_request (status);
CREATE TABLE group_booking (
	id VARCHAR(36) NOT NULL,
	session_id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	booked_at VARCHAR(32) NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	status VARCHAR(12) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id),
	FOREIGN KEY(session_id) REFERENCES group_session (id)
);
CREATE INDEX ix_group_booking_citizen ON group_booking (citizen_id);
CREATE UNIQUE INDEX uq_group_booking_live ON group_booking (session_id, citizen_id) WHERE status = 'booked';
CREATE TABLE company (
	id VARCHAR(36) NOT NULL,
	name VARCHAR(200) NOT NULL,
	name_folded VARCHAR(220) NOT NULL,
	cvr VARCHAR(8) NOT NULL,
	responsible_staff_id VARCHAR(40) NOT NULL,
	phone VARCHAR(20) NOT NULL,
	created_at VARCHAR(32) NOT NULL,
	created_by VARCHAR(40) NOT NULL,
	PRIMARY KEY (id)
);
CREATE INDEX ix_company_cvr ON company (cvr);
CREATE INDEX ix_company_name_folded ON company (name_folded);
CREATE TABLE jobshop_rule (
	"key" VARCHAR(60) NOT NULL,
	value_json TEXT NOT NULL,
	PRIMARY KEY ("key")
);
CREATE TABLE trade_area (
	code VARCHAR(40) NOT NULL,
	label_da VARCHAR(100) NOT NULL,
	label_en VARCHAR(100) NOT NULL,
	sort_order INTEGER NOT NULL,
	PRIMARY KEY (code)
);
CREATE TABLE advice_session (
	id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36),
	topic VARCHAR(30) NOT NULL,
	minutes INTEGER NOT NULL,
	outcome TEXT NOT NULL,
	referred_to VARCHAR(200) NOT NULL,
	ticket_id VARCHAR(36),
	staff_id VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	held_at VARCHAR(32) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_advice_session_citizen_id ON advice_session (citizen_id);
CREATE INDEX ix_advice_session_site_held ON advice_session (site_code, held_at);
CREATE TABLE company_contact (
	id VARCHAR(36) NOT NULL,
	company_id VARCHAR(36) NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	contacted_at VARCHAR(32) NOT NULL,
	subject VARCHAR(20) NOT NULL,
	channel VARCHAR(20) NOT NULL,
	note TEXT NOT NULL,
	warned BOOLEAN NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(company_id) REFERENCES company (id)
);
CREATE INDEX ix_company_contact_company ON company_contact (company_id, contacted_at);
CREATE TABLE job_wish (
	citizen_id VARCHAR(36) NOT NULL,
	trade_area VARCHAR(40) NOT NULL,
	PRIMARY KEY (citizen_id, trade_area),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id)
);
CREATE INDEX ix_job_wish_area ON job_wish (trade_area, citizen_id);
CREATE TABLE kvik_request (
	id VARCHAR(36) NOT NULL,
	company_id VARCHAR(36) NOT NULL,
	trade_area VARCHAR(40) NOT NULL,
	positions INTEGER NOT NULL,
	description TEXT NOT NULL,
	received_at VARCHAR(32) NOT NULL,
	due_at VARCHAR(32) NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	status VARCHAR(12) NOT NULL,
	closed_at VARCHAR(32),
	closed_by VARCHAR(40) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(company_id) REFERENCES company (id)
);
CREATE INDEX ix_kvik_request_status_due ON kvik_request (status, due_at);
CREATE TABLE vacancy (
	pk INTEGER NOT NULL,
	id VARCHAR(36) NOT NULL,
	company_id VARCHAR(36) NOT NULL,
	company_name VARCHAR(200) NOT NULL,
	title VARCHAR(200) NOT NULL,
	trade_area VARCHAR(40) NOT NULL,
	place VARCHAR(200) NOT NULL,
	hours VARCHAR(100) NOT NULL,
	requirements TEXT NOT NULL,
	deadline DATE NOT NULL,
	positions INTEGER NOT NULL,
	contact_staff_id VARCHAR(40) NOT NULL,
	status VARCHAR(12) NOT NULL,
	created_at VARCHAR(32) NOT NULL,
	created_by VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	source_ref VARCHAR(80) NOT NULL,
	search_folded TEXT NOT NULL,
	PRIMARY KEY (pk),
	FOREIGN KEY(company_id) REFERENCES company (id),
	UNIQUE (id)
);
CREATE INDEX ix_vacancy_area_deadline ON vacancy (trade_area, deadline);
CREATE INDEX ix_vacancy_company_id ON vacancy (company_id);
CREATE INDEX ix_vacancy_source_ref ON vacancy (source_ref);
CREATE INDEX ix_vacancy_status_deadline ON vacancy (status, deadline);
CREATE TABLE job_referral (
	id VARCHAR(36) NOT NULL,
	vacancy_id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	referred_at VARCHAR(32) NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	note TEXT NOT NULL,
	outcome VARCHAR(20) NOT NULL,
	outcome_at VARCHAR(32),
	outcome_by VARCHAR(40) NOT NULL,
	outcome_note TEXT NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id),
	FOREIGN KEY(vacancy_id) REFERENCES vacancy (id),
	CONSTRAINT uq_job_referral_vacancy_citizen UNIQUE (vacancy_id, citizen_id)
);
CREATE INDEX ix_job_referral_citizen ON job_referral (citizen_id, referred_at);
CREATE TABLE kvik_candidate (
	id VARCHAR(36) NOT NULL,
	request_id VARCHAR(36) NOT NULL,
	citizen_id VARCHAR(36) NOT NULL,
	sent_at VARCHAR(32) NOT NULL,
	staff_id VARCHAR(40) NOT NULL,
	site_code VARCHAR(8) NOT NULL,
	note TEXT NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(citizen_id) REFERENCES citizen (id),
	FOREIGN KEY(request_id) REFERENCES kvik_request (id),
	CONSTRAINT uq_kvik_candidate_request_citizen UNIQUE (request_id, citizen_id)
);
CREATE VIRTUAL TABLE vacancy_words USING fts5(search_folded, content='vacancy', content_rowid='pk', tokenize='unicode61 remove_diacritics 2', prefix='1 2');
CREATE VIRTUAL TABLE vacancy_fts USING fts5(search_folded, content='vacancy', content_rowid='pk', tokenize='trigram');
CREATE TRIGGER vacancy_fts_insert AFTER INSERT ON vacancy BEGIN INSERT INTO vacancy_words(rowid, search_folded) VALUES (new.pk, new.search_folded); INSERT INTO vacancy_fts(rowid, search_folded) VALUES (new.pk, new.search_folded); END;
CREATE TRIGGER vacancy_fts_delete AFTER DELETE ON vacancy BEGIN INSERT INTO vacancy_words(vacancy_words, rowid, search_folded) VALUES ('delete', old.pk, old.search_folded); INSERT INTO vacancy_fts(vacancy_fts, rowid, search_folded) VALUES ('delete', old.pk, old.search_folded); END;
CREATE TRIGGER vacancy_fts_update AFTER UPDATE OF search_folded ON vacancy BEGIN INSERT INTO vacancy_words(vacancy_words, rowid, search_folded) VALUES ('delete', old.pk, old.search_folded); INSERT INTO vacancy_fts(vacancy_fts, rowid, search_folded) VALUES ('delete', old.pk, old.search_folded); INSERT INTO vacancy_words(rowid, search_folded) VALUES (new.pk, new.search_folded); INSERT INTO vacancy_fts(rowid, search_folded) VALUES (new.pk, new.search_folded); END;
INSERT INTO alembic_version (version_num) VALUES ('0007');
INSERT INTO alembic_version (version_num) VALUES ('0008');
