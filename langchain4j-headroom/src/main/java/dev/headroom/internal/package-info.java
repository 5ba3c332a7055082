/**
 * Internal machinery shared between Headroom's own packages. <b>Not part of the public API:</b> its types are
 * public only because Java has no way to share a type between two packages otherwise; they may change or go
 * in any release. Do not use them from application code.
 */
package dev.headroom.internal;
