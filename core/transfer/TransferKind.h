#pragma once

/// Which records a CSV import or export carries.
enum class TransferKind { Leads, Partners };
