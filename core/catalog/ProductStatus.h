#pragma once

#include "common/EnumText.h"

/// A product is offered to distributors, and can be listed, only once published.
enum class ProductStatus { Draft, Published };

inline constexpr EnumText<ProductStatus, 2> productStatuses{
    "ProductStatus",
    {{{ProductStatus::Draft, "draft", QT_TRANSLATE_NOOP("ProductStatus", "Draft")},
      {ProductStatus::Published, "published", QT_TRANSLATE_NOOP("ProductStatus", "Published")}}}};
