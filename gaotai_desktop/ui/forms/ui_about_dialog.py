# Generated from forms/about_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(680, 640)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.versionLabel)

        self.componentsLabel = QLabel(AboutDialog)
        self.componentsLabel.setObjectName(u"componentsLabel")

        self.mainLayout.addWidget(self.componentsLabel)

        self.licencesTable = QTableWidget(AboutDialog)
        if (self.licencesTable.columnCount() < 3):
            self.licencesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.licencesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.licencesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.licencesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.licencesTable.setObjectName(u"licencesTable")
        self.licencesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.licencesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.licencesTable.setColumnCount(3)

        self.mainLayout.addWidget(self.licencesTable)

        self.oflLabel = QLabel(AboutDialog)
        self.oflLabel.setObjectName(u"oflLabel")
        self.oflLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.oflLabel)

        self.oflText = QPlainTextEdit(AboutDialog)
        self.oflText.setObjectName(u"oflText")
        self.oflText.setReadOnly(True)
        self.oflText.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.mainLayout.addWidget(self.oflText)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oflLabel.setBuddy(self.oflText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.licencesTable, self.oflText)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"\u5173\u4e8e", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"\u9ad8\u53f0\u5de5\u4f24\u9884\u9632\u5206\u7ea7\u9884\u8b66\u53f0", None))
        self.componentsLabel.setText(QCoreApplication.translate("AboutDialog", u"\u672c\u7a0b\u5e8f\u4f7f\u7528\u7684\u5f00\u6e90\u8f6f\u4ef6\u548c\u5b57\u4f53\u53ca\u5176\u8bb8\u53ef\u8bc1\uff1a", None))
        ___qtablewidgetitem = self.licencesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AboutDialog", u"\u7ec4\u4ef6", None))
        ___qtablewidgetitem1 = self.licencesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AboutDialog", u"\u7528\u9014", None))
        ___qtablewidgetitem2 = self.licencesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AboutDialog", u"\u8bb8\u53ef\u8bc1", None))
        self.oflLabel.setText(QCoreApplication.translate("AboutDialog", u"\u5185\u7f6e\u5b57\u4f53 Noto Serif SC \u7684\u8bb8\u53ef\u8bc1\uff08SIL Open Font License 1.1\uff09\u5168\u6587(&L)\uff1a", None))
    # retranslateUi
