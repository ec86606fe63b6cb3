package vn.coordreport.ingest.read;

import java.util.function.Function;

/**
 * The last results of a function of short text, in a table of fixed size:
 * the values of a large file repeat (the same codes, dates and quantities on
 * millions of rows), and {@link CsvRows} hands out the same String for the
 * same short field, so a hit is mostly one comparison of references. A value
 * whose slot is taken by another simply replaces it.
 */
public final class Memo<V> {

    private static final int SLOTS = 1 << 12;

    private final Function<String, V> function;
    private final String[] keys = new String[SLOTS];
    private final Object[] values = new Object[SLOTS];

    public Memo(Function<String, V> function) {
        this.function = function;
    }

    @SuppressWarnings("unchecked")
    public V apply(String key) {
        int hash = key.hashCode();
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String known = keys[slot];
        if (known == key || known != null && known.equals(key)) {
            return (V) values[slot];
        }
        V value = function.apply(key);
        keys[slot] = key;
        values[slot] = value;
        return value;
    }
}
