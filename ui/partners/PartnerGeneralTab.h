#pragma once

#include "partners/PartnerProfile.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QScrollArea>

/// Partner details → General: the description (when the header shows only its start), the
/// overview, information, contacts and media.
class PartnerGeneralTab : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerGeneralTab)

public:
    /// How much of the description the window's header shows; a longer one is shown here.
    static constexpr qsizetype headerDescriptionLength = 400;

    /// workspace and acting read the media's images.
    PartnerGeneralTab(const PartnerProfile& profile, const WorkspaceHandle& workspace,
                      const ActingContext& acting, QWidget* parent = nullptr);

private:
    QWidget* buildMedia(const PartnerProfile& profile, const WorkspaceHandle& workspace,
                        const ActingContext& acting, QWidget* parent);
};
