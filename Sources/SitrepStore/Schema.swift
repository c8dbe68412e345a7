import GRDB

/// The store's tables, created and upgraded by versioned migrations.
enum Schema {
    /// Migrations in order; a database records which it has run, so opening an older file upgrades it.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    file TEXT NOT NULL,
                    url TEXT, title TEXT, outlet TEXT, published TEXT,
                    ingested_at TEXT NOT NULL,
                    content_hash TEXT NOT NULL UNIQUE,
                    minhash BLOB NOT NULL,
                    story TEXT NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE TABLE document_bands (
                    band INTEGER NOT NULL,
                    document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE
                );
                CREATE INDEX document_bands_band ON document_bands(band);
                CREATE INDEX documents_story ON documents(story);
                CREATE INDEX documents_published ON documents(published);

                CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', detail='none', columnsize=0);
                CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
                    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
                END;
                CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
                    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
                END;

                CREATE TABLE events (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    type TEXT NOT NULL, sub_type TEXT NOT NULL,
                    actor1 TEXT, assoc_actor1 TEXT NOT NULL, actor2 TEXT, assoc_actor2 TEXT NOT NULL,
                    location TEXT, country TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, geo_precision INTEGER,
                    date TEXT, date_end TEXT, time_precision INTEGER,
                    fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER,
                    control TEXT, status TEXT NOT NULL, background INTEGER NOT NULL,
                    plover TEXT NOT NULL, confidence REAL NOT NULL,
                    source_count INTEGER NOT NULL, mention_count INTEGER NOT NULL,
                    notes TEXT, updated_at TEXT NOT NULL,
                    span_start TEXT, span_end TEXT,
                    coarse INTEGER NOT NULL
                );
                CREATE INDEX events_coarse ON events(country, admin1, coarse);
                CREATE INDEX events_date ON events(date);
                CREATE INDEX events_admin1 ON events(country, admin1);
                CREATE INDEX events_sub_type ON events(sub_type);
                CREATE INDEX events_actor1 ON events(actor1);
                CREATE INDEX events_actor2 ON events(actor2);
                CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon, min_day, max_day);

                CREATE TABLE event_aliases (
                    old_id TEXT PRIMARY KEY,
                    new_id TEXT NOT NULL
                );

                CREATE TABLE signatures (
                    sig TEXT PRIMARY KEY,
                    event_id TEXT NOT NULL,
                    first_key TEXT NOT NULL,
                    fields TEXT NOT NULL
                );
                CREATE INDEX signatures_event ON signatures(event_id);

                CREATE TABLE mentions (
                    rowid INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    sig TEXT NOT NULL REFERENCES signatures(sig),
                    extracted_id TEXT NOT NULL,
                    fatalities INTEGER, status TEXT NOT NULL, background INTEGER NOT NULL,
                    confidence REAL NOT NULL,
                    evidence TEXT NOT NULL,
                    UNIQUE(document_id, ordinal)
                );
                CREATE INDEX mentions_sig ON mentions(sig);

                -- What each story says about each signature, kept as mentions arrive, so an event's
                -- aggregates never rescan all its mentions (one story may hold hundreds of copies).
                CREATE TABLE signature_stories (
                    sig TEXT NOT NULL REFERENCES signatures(sig),
                    story TEXT NOT NULL,
                    low INTEGER, high INTEGER,
                    confidence REAL NOT NULL,
                    status_rank INTEGER NOT NULL,
                    background INTEGER NOT NULL,
                    mentions INTEGER NOT NULL,
                    PRIMARY KEY (sig, story)
                );

                CREATE TABLE figures (
                    rowid INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL, value REAL NOT NULL, qualifier TEXT NOT NULL,
                    subject TEXT, location TEXT, date TEXT, attributed_to TEXT,
                    evidence TEXT NOT NULL,
                    UNIQUE(document_id, ordinal)
                );
                CREATE INDEX figures_kind ON figures(kind, location);

                CREATE TABLE places (
                    name TEXT NOT NULL, country TEXT NOT NULL,
                    admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, kind TEXT NOT NULL,
                    PRIMARY KEY (name, country)
                );
                CREATE TABLE document_places (
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    name TEXT NOT NULL, country TEXT NOT NULL,
                    mentions INTEGER NOT NULL,
                    PRIMARY KEY (document_id, name, country),
                    FOREIGN KEY (name, country) REFERENCES places(name, country)
                );
                CREATE INDEX document_places_place ON document_places(name, country);

                CREATE TABLE actors (
                    name TEXT PRIMARY KEY,
                    kind TEXT, country TEXT
                );

                CREATE TABLE changes (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    event_id TEXT NOT NULL,
                    detail TEXT NOT NULL
                );
                CREATE INDEX changes_at ON changes(at);
                """)
        }
        return migrator
    }
}
