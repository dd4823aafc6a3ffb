// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the window shows when no workspace is open: the app's name and purpose, the three ways
// in (a new workspace, an existing one, the demo collaborative) and the recent workspaces.
// The page only asks; the main window does the opening.

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;

namespace pdsa::ui {

class RecentFilesModel;
class Section;

class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& paths);
    // Says why the page shows instead of a workspace (the last one did not open); empty hides it.
    void setNotice(const QString& text);
    QString notice() const;
    QListView* recentView() const { return m_recentView; }

signals:
    void newWorkspaceRequested();
    void fromTemplateRequested();
    void openRequested();
    void demoRequested();
    void recentFileRequested(const QString& path);

private:
    // The constructor's parts.
    QHBoxLayout* buildTitle(QWidget* column, int unit);
    QHBoxLayout* buildButtons(int unit);
    void buildRecentSection(QWidget* column);
    void placeCentred(QWidget* column);
    QPushButton* m_newButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_templateButton = nullptr;
    QPushButton* m_demoButton = nullptr;
    Section* m_recentSection = nullptr;
    RecentFilesModel* m_recentModel = nullptr;
    QListView* m_recentView = nullptr;
    QLabel* m_notice = nullptr;
};

} // namespace pdsa::ui
