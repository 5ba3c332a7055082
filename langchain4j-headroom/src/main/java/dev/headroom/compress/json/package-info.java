/**
 * The JSON compressor ({@link dev.headroom.compress.json.JsonCompressor}) and its internals.
 *
 * <h2>What the model sees</h2>
 * Always valid JSON, with every kept value exactly as written. Three shapes can replace an array:
 * <pre>
 * // columnar, lossless: all items are objects with the same member names in the same order
 * {"_columns":["id","state"],"_rows":[[1,"ok"],[2,"failed"]],
 *  "_headroom":"columnar: each row holds one item's values in _columns order; nothing omitted"}
 *
 * // de-duplicated, lossless (with or without columns): item i is _items[_order[i]]
 * {"_items":[{"a":1},{"b":2}],"_order":[0,0,1,0],
 *  "_headroom":"deduplicated: item i is _items[_order[i]]; nothing omitted"}
 *
 * // reduced, lossy: the kept original items in their original order, then one extra element
 * [{"id":1,...},{"id":7,"status":"failed",...},
 *  {"_headroom":{"omitted":480,"of":500,"kept":"first 3, last 2, 4 errors, 1 query match",
 *                "hash":"3f2a9c0d1e4b5a6c7d8e9f01","retrieve":"call headroom_retrieve with this hash ..."}}]
 * </pre>
 * A reduced array that is also packed is an object whose {@code "_headroom"} member is the disclosure
 * object, with a {@code "format"} note first. Arrays of scalars of one type add a {@code "summary"}
 * (numbers: min, max, median as written and the mean; strings: distinct count and most frequent values).
 */
@NullMarked
package dev.headroom.compress.json;

import org.jspecify.annotations.NullMarked;
