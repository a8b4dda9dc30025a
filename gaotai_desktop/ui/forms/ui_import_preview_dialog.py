# Generated from forms/import_preview_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(900, 620)
        self.mainLayout = QVBoxLayout(ImportPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(ImportPreviewDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(ImportPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.detailTabs = QTabWidget(ImportPreviewDialog)
        self.detailTabs.setObjectName(u"detailTabs")
        self.rowsPage = QWidget()
        self.rowsPage.setObjectName(u"rowsPage")
        self.rowsLayout = QVBoxLayout(self.rowsPage)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rowsLabel = QLabel(self.rowsPage)
        self.rowsLabel.setObjectName(u"rowsLabel")
        self.rowsLabel.setWordWrap(True)

        self.rowsLayout.addWidget(self.rowsLabel)

        self.rowsView = QTableView(self.rowsPage)
        self.rowsView.setObjectName(u"rowsView")

        self.rowsLayout.addWidget(self.rowsView)

        self.detailTabs.addTab(self.rowsPage, "")
        self.problemsPage = QWidget()
        self.problemsPage.setObjectName(u"problemsPage")
        self.problemsLayout = QVBoxLayout(self.problemsPage)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsView = QTableView(self.problemsPage)
        self.problemsView.setObjectName(u"problemsView")

        self.problemsLayout.addWidget(self.problemsView)

        self.detailTabs.addTab(self.problemsPage, "")
        self.differencesPage = QWidget()
        self.differencesPage.setObjectName(u"differencesPage")
        self.differencesLayout = QVBoxLayout(self.differencesPage)
        self.differencesLayout.setObjectName(u"differencesLayout")
        self.differencesView = QTableView(self.differencesPage)
        self.differencesView.setObjectName(u"differencesView")

        self.differencesLayout.addWidget(self.differencesView)

        self.detailTabs.addTab(self.differencesPage, "")
        self.noticesPage = QWidget()
        self.noticesPage.setObjectName(u"noticesPage")
        self.noticesLayout = QVBoxLayout(self.noticesPage)
        self.noticesLayout.setObjectName(u"noticesLayout")
        self.noticesList = QListWidget(self.noticesPage)
        self.noticesList.setObjectName(u"noticesList")
        self.noticesList.setWordWrap(True)

        self.noticesLayout.addWidget(self.noticesList)

        self.detailTabs.addTab(self.noticesPage, "")

        self.mainLayout.addWidget(self.detailTabs)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.updateCheck = QCheckBox(ImportPreviewDialog)
        self.updateCheck.setObjectName(u"updateCheck")

        self.optionsLayout.addWidget(self.updateCheck)

        self.optionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.exportProblemsButton = QPushButton(ImportPreviewDialog)
        self.exportProblemsButton.setObjectName(u"exportProblemsButton")
        self.exportProblemsButton.setAutoDefault(False)

        self.optionsLayout.addWidget(self.exportProblemsButton)


        self.mainLayout.addLayout(self.optionsLayout)

        self.statusLabel = QLabel(ImportPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ImportPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.detailTabs, self.rowsView)
        QWidget.setTabOrder(self.rowsView, self.problemsView)
        QWidget.setTabOrder(self.problemsView, self.differencesView)
        QWidget.setTabOrder(self.differencesView, self.noticesList)
        QWidget.setTabOrder(self.noticesList, self.updateCheck)
        QWidget.setTabOrder(self.updateCheck, self.exportProblemsButton)

        self.retranslateUi(ImportPreviewDialog)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"\u5bfc\u5165\u9884\u89c8", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.rowsPage), QCoreApplication.translate("ImportPreviewDialog", u"\u6587\u4ef6\u5185\u5bb9", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.problemsPage), QCoreApplication.translate("ImportPreviewDialog", u"\u95ee\u9898", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.differencesPage), QCoreApplication.translate("ImportPreviewDialog", u"\u4e0e\u5df2\u767b\u8bb0\u4f01\u4e1a\u4e0d\u540c", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.noticesPage), QCoreApplication.translate("ImportPreviewDialog", u"\u63d0\u793a", None))
        self.updateCheck.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u66f4\u65b0\u5df2\u767b\u8bb0\u7684\u8bb0\u5f55(&U)", None))
        self.exportProblemsButton.setText(QCoreApplication.translate("ImportPreviewDialog", u"\u5bfc\u51fa\u95ee\u9898\u6e05\u5355(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportProblemsButton.setToolTip(QCoreApplication.translate("ImportPreviewDialog", u"\u628a\u95ee\u9898\u6e05\u5355\uff08\u884c\u53f7\u3001\u5217\u3001\u5355\u5143\u683c\u5185\u5bb9\u3001\u95ee\u9898\uff09\u4fdd\u5b58\u4e3a Excel \u5de5\u4f5c\u7c3f\uff0c\u53d1\u56de\u7ed9\u586b\u8868\u4eba\u6539\u6b63", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
