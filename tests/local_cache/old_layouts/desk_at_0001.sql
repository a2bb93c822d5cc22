-- A desk store as the shared chain left it at revision 0001 (before sync existed),
-- when 0001 still created the outbox and the name search indexes: schema and version
-- row of `alembic upgrade 0001` at commit ad58b86. History: never regenerate.
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
	status VARCHAR(20) NOT NULL,
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
INSERT INTO alembic_version (version_num) VALUES ('0001');
