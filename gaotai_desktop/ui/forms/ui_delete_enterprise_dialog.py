# Generated from forms/delete_enterprise_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delete_enterprise_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DeleteEnterpriseDialog(object):
    def setupUi(self, DeleteEnterpriseDialog):
        if not DeleteEnterpriseDialog.objectName():
            DeleteEnterpriseDialog.setObjectName(u"DeleteEnterpriseDialog")
        DeleteEnterpriseDialog.resize(460, 240)
        self.mainLayout = QVBoxLayout(DeleteEnterpriseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.enterpriseLabel = QLabel(DeleteEnterpriseDialog)
        self.enterpriseLabel.setObjectName(u"enterpriseLabel")
        self.enterpriseLabel.setWordWrap(True)
        self.enterpriseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.enterpriseLabel)

        self.explanationLabel = QLabel(DeleteEnterpriseDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.reasonLabel = QLabel(DeleteEnterpriseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonCombo = QComboBox(DeleteEnterpriseDialog)
        self.reasonCombo.addItem("")
        self.reasonCombo.addItem("")
        self.reasonCombo.addItem("")
        self.reasonCombo.addItem("")
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.mainLayout.addWidget(self.reasonCombo)

        self.reasonError = QLabel(DeleteEnterpriseDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.mainLayout.addWidget(self.reasonError)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(DeleteEnterpriseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeleteEnterpriseDialog)

        QMetaObject.connectSlotsByName(DeleteEnterpriseDialog)
    # setupUi

    def retranslateUi(self, DeleteEnterpriseDialog):
        DeleteEnterpriseDialog.setWindowTitle(QCoreApplication.translate("DeleteEnterpriseDialog", u"\u5220\u9664\u4f01\u4e1a", None))
        self.explanationLabel.setText(QCoreApplication.translate("DeleteEnterpriseDialog", u"\u5220\u9664\u540e\u8be5\u4f01\u4e1a\u4e0d\u518d\u51fa\u73b0\u5728\u4f01\u4e1a\u5217\u8868\u3001\u9884\u8b66\u7b49\u7ea7\u548c\u6587\u4e66\u8ba1\u5212\u4e2d\uff1b\u5176\u4e8b\u6545\u548c\u5df2\u4e0b\u53d1\u7684\u6587\u4e66\u4ecd\u4fdd\u7559\u5728\u6570\u636e\u5e93\u4e2d\u3002\u5728\u201c\u5df2\u5220\u9664\u201d\u4e2d\u53ef\u4ee5\u67e5\u770b\u5220\u9664\u539f\u56e0\u5e76\u6062\u590d\u8be5\u4f01\u4e1a\u3002", None))
        self.reasonLabel.setText(QCoreApplication.translate("DeleteEnterpriseDialog", u"\u5220\u9664\u539f\u56e0(&R)\uff08\u5fc5\u586b\uff09\uff1a", None))
        self.reasonCombo.setItemText(0, QCoreApplication.translate("DeleteEnterpriseDialog", u"\u91cd\u590d\u767b\u8bb0", None))
        self.reasonCombo.setItemText(1, QCoreApplication.translate("DeleteEnterpriseDialog", u"\u5f55\u5165\u9519\u8bef", None))
        self.reasonCombo.setItemText(2, QCoreApplication.translate("DeleteEnterpriseDialog", u"\u4f01\u4e1a\u5df2\u6ce8\u9500", None))
        self.reasonCombo.setItemText(3, QCoreApplication.translate("DeleteEnterpriseDialog", u"\u4f01\u4e1a\u5df2\u8fc1\u51fa\u672c\u53bf", None))

    # retranslateUi
