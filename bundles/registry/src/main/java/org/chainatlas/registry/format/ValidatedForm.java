package org.chainatlas.registry.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.ContributedCategory;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Provenance;
import org.chainatlas.api.model.Source;
import org.chainatlas.api.model.Text;

/**
 * A compact binary form of a layer or dataset that has already been read and validated, so that a
 * restart rebuilds the model without parsing JSON and checking the schema again (most of what a
 * start spends on data). It is a private memory of this registry, not an exchange format: only the
 * same registry revision reads what it wrote, and anything that does not decode exactly is refused.
 *
 * <p>Layout: magic, version, kind, a table of distinct strings, the body (strings as table
 * indexes, 0 = null), then a CRC-32 of everything before it. Ids, facets and layers recur on every
 * entry; the table makes them one string each after decoding, as {@link DatasetReader} does.
 */
public final class ValidatedForm {
    private static final int MAGIC = 0x43415646; // "CAVF"
    private static final int VERSION = 2; // 2: contributed categories
    private static final byte LAYER = 'L';
    private static final byte DATASET = 'D';

    private ValidatedForm() {
    }

    public static byte[] encode(Layer layer) {
        Writer w = new Writer(LAYER);
        w.layer(layer);
        return w.finish();
    }

    public static byte[] encode(DatasetDocument document) {
        Writer w = new Writer(DATASET);
        w.dataset(document);
        return w.finish();
    }

    /** @throws IOException if the bytes are not a whole, intact layer in this form */
    public static Layer decodeLayer(byte[] bytes) throws IOException {
        return new Reader(bytes, LAYER).layer();
    }

    /** @throws IOException if the bytes are not a whole, intact dataset in this form */
    public static DatasetDocument decodeDataset(byte[] bytes) throws IOException {
        return new Reader(bytes, DATASET).dataset();
    }

    private static final class Writer {
        private final byte kind;
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        private final DataOutputStream out = new DataOutputStream(body);
        private List<Source> sources = List.of();

        Writer(byte kind) {
            this.kind = kind;
        }

        byte[] finish() {
            try {
                ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + 16 * strings.size() + 32);
                DataOutputStream head = new DataOutputStream(all);
                head.writeInt(MAGIC);
                head.writeInt(VERSION);
                head.writeByte(kind);
                head.writeInt(strings.size());
                for (String s : strings.keySet()) {
                    head.writeUTF(s);
                }
                body.writeTo(head);
                CRC32 crc = new CRC32();
                crc.update(all.toByteArray());
                head.writeLong(crc.getValue());
                return all.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void layer(Layer layer) {
            string(layer.id());
            integer(layer.rank());
            text(layer.name());
            text(layer.role());
            text(layer.description());
            integer(layer.facets().size());
            for (Facet facet : layer.facets()) {
                string(facet.id());
                text(facet.name());
                integer(facet.multiple() ? 1 : 0);
                categories(facet.categories());
            }
        }

        private void categories(List<Category> categories) {
            integer(categories.size());
            for (Category c : categories) {
                string(c.id());
                text(c.name());
                categories(c.children());
            }
        }

        void dataset(DatasetDocument d) {
            sources = d.sources();
            string(d.format());
            string(d.id());
            string(d.version());
            text(d.title());
            string(d.region());
            text(d.description());
            integer(d.sources().size());
            for (Source s : d.sources()) {
                string(s.id());
                text(s.title());
                string(s.date());
                text(s.publisher());
                string(s.url());
            }
            integer(d.places().size());
            for (Place p : d.places()) {
                string(p.id());
                text(p.name());
                string(p.code());
                string(p.parent());
                string(p.level());
            }
            integer(d.entries().size());
            d.entries().forEach(this::entry);
            integer(d.figures().size());
            d.figures().forEach(this::figure);
            integer(d.categories().size());
            for (ContributedCategory c : d.categories()) {
                string(c.dataset());
                string(c.layer());
                string(c.facet());
                string(c.id());
                string(c.parent());
                text(c.name());
                text(c.description());
                provenance(c.provenance());
            }
        }

        private void entry(Entry e) {
            string(e.dataset());
            string(e.id());
            string(e.layer());
            text(e.name());
            integer(e.categories().size());
            e.categories().forEach((facet, ids) -> {
                string(facet);
                strings(ids);
            });
            text(e.organisation());
            string(e.organisationKey());
            strings(e.places());
            strings(e.links());
            text(e.note());
            provenance(e.provenance());
        }

        private void figure(Figure f) {
            string(f.dataset());
            string(f.id());
            string(f.layer());
            string(f.facet());
            string(f.category());
            string(f.place());
            try {
                out.writeLong(f.value());
                out.writeBoolean(f.share() != null);
                out.writeDouble(f.share() == null ? 0 : f.share());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            text(f.unit());
            text(f.note());
            provenance(f.provenance());
        }

        /** By its source's place in the document's list: decoding shares the sources again. */
        private void provenance(Provenance p) {
            if (p == null) {
                integer(-1);
                return;
            }
            int source = sources.indexOf(p.source());
            if (source < 0) {
                throw new IllegalArgumentException("a provenance names a source the document does not list");
            }
            integer(source);
            text(p.note());
        }

        private void strings(List<String> list) {
            integer(list.size());
            list.forEach(this::string);
        }

        private void text(Text t) {
            string(t == null ? null : t.zh());
            string(t == null ? null : t.en());
        }

        private void string(String s) {
            integer(s == null ? 0 : strings.computeIfAbsent(s, k -> strings.size() + 1));
        }

        private void integer(int i) {
            try {
                out.writeInt(i);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final String[] strings;
        private List<Source> sources = List.of();
        /**
         * One provenance per source for everything that adds no note, as the JSON reader shares
         * it; by index, as a record's first hashCode costs a bootstrap a start can do without.
         */
        private Provenance[] plain = new Provenance[0];
        /** Category maps and lists and place lists kept once, as {@link DatasetReader} keeps them. */
        private final DatasetReader.Recurring recurring = new DatasetReader.Recurring();
        /**
         * Entries' names and organisations kept once, as {@link DatasetReader} keeps them; by their
         * strings' table indexes (equal texts have equal indexes), not by a record's hashCode.
         */
        private final Map<Long, Text> texts = new HashMap<>();

        Reader(byte[] bytes, byte kind) throws IOException {
            if (bytes.length < 21) {
                throw new IOException("too short");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            in = new DataInputStream(new ByteArrayInputStream(bytes));
            in.skipNBytes(bytes.length - 8);
            if (in.readLong() != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            in.reset();
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readByte() != kind) {
                throw new IOException("not a " + (char) kind + " of version " + VERSION);
            }
            strings = new String[count() + 1];
            for (int i = 1; i < strings.length; i++) {
                strings[i] = in.readUTF();
            }
        }

        Layer layer() throws IOException {
            String id = string();
            int rank = in.readInt();
            Text name = text();
            Text role = text();
            Text description = text();
            List<Facet> facets = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                facets.add(new Facet(string(), text(), in.readInt() == 1, categories()));
            }
            return checked(new Layer(id, rank, name, role, description, facets));
        }

        private List<Category> categories() throws IOException {
            List<Category> list = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                list.add(new Category(string(), text(), categories()));
            }
            return list;
        }

        DatasetDocument dataset() throws IOException {
            String format = string();
            String id = string();
            String version = string();
            Text title = text();
            String region = string();
            Text description = text();
            List<Source> sourceList = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                sourceList.add(new Source(string(), text(), string(), text(), string()));
            }
            sources = sourceList;
            plain = new Provenance[sources.size()];
            List<Place> places = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                places.add(new Place(string(), text(), string(), string(), string()));
            }
            List<Entry> entries = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                entries.add(entry());
            }
            List<Figure> figures = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                figures.add(figure());
            }
            List<ContributedCategory> categories = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                categories.add(new ContributedCategory(string(), string(), string(), string(), string(), text(), text(),
                        provenance()));
            }
            return checked(new DatasetDocument(format, id, version, title, region, description, sources, places,
                    entries, figures, categories));
        }

        private Entry entry() throws IOException {
            String dataset = string();
            String id = string();
            String layer = string();
            Text name = sharedText();
            Map<String, List<String>> categories = new LinkedHashMap<>();
            for (int n = count(); n > 0; n--) {
                categories.put(string(), recurring.of(strings()));
            }
            return recurring.entry(new Entry(dataset, id, layer, name, recurring.categories(categories), sharedText(),
                    string(), recurring.of(strings()), strings(), text(), provenance()));
        }

        private Figure figure() throws IOException {
            String dataset = string();
            String id = string();
            String layer = string();
            String facet = string();
            String category = string();
            String place = string();
            long value = in.readLong();
            boolean hasShare = in.readBoolean();
            double share = in.readDouble();
            return new Figure(dataset, id, layer, facet, category, place, value, hasShare ? share : null, text(),
                    text(), provenance());
        }

        private Provenance provenance() throws IOException {
            int source = in.readInt();
            if (source == -1) {
                return null;
            }
            if (source < 0 || source >= sources.size()) {
                throw new IOException("no source " + source);
            }
            Source s = sources.get(source);
            Text note = text();
            if (note != null) {
                return new Provenance(s, note);
            }
            if (plain[source] == null) {
                plain[source] = new Provenance(s, null);
            }
            return plain[source];
        }

        private List<String> strings() throws IOException {
            int n = count();
            String[] list = new String[n];
            for (int i = 0; i < n; i++) {
                list[i] = string();
            }
            return List.of(list);
        }

        private Text text() throws IOException {
            String zh = string();
            String en = string();
            return zh == null && en == null ? null : new Text(zh, en);
        }

        private Text sharedText() throws IOException {
            int zh = index();
            int en = index();
            if (zh == 0 && en == 0) {
                return null;
            }
            // unique (en < strings.length) and, unlike zh << 32 | en, hashed apart: Long's hash of
            // that is zh ^ en, which sends many small index pairs to one bucket
            long key = (long) zh * strings.length + en;
            Text text = texts.get(key);
            if (text == null) {
                text = new Text(strings[zh], strings[en]);
                texts.put(key, text);
            }
            return text;
        }

        private String string() throws IOException {
            return strings[index()];
        }

        private int index() throws IOException {
            int i = in.readInt();
            if (i < 0 || i >= strings.length) {
                throw new IOException("no string " + i);
            }
            return i;
        }

        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) { // every item takes at least one byte
                throw new IOException("bad count " + n);
            }
            return n;
        }

        /** The body must end exactly where the checksum begins. */
        private <T> T checked(T value) throws IOException {
            if (in.available() != 8) {
                throw new IOException("trailing bytes");
            }
            return value;
        }
    }
}
