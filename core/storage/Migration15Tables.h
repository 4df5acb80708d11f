#pragma once

/// The tables migration 15 gives a row version (on SQLite and on PostgreSQL alike).
inline constexpr const char* migration15Tables[] = {
    "accounts",     "partnerships",   "agreements", "contracts",  "products",
    "marketplaces", "product_groups", "listings",   "lead_forms", "leads"};
