#pragma once

#include "partners/PartnerProfile.h"

#include <QScrollArea>

/// Partner details → News: the partner's articles, newest first.
class PartnerNewsTab : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerNewsTab)

public:
    explicit PartnerNewsTab(const PartnerProfile& profile, QWidget* parent = nullptr);
};
